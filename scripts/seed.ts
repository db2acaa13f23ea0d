// `npm run seed`: migrate and load the demo organisation into an empty database.
import { prepareDatabase } from "./lib/prepare-database";

prepareDatabase({ seed: true })
  .then((result) => {
    console.log(
      result.seeded
        ? `Demo data loaded (${result.driver}).`
        : "The database already has people: nothing loaded.",
    );
  })
  .catch((error) => {
    console.error(`Seed failed: ${(error as Error).message}`);
    process.exit(1);
  });
