import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guard";
import { homePathFor } from "@/lib/auth/policy";

export default async function Home() {
  const actor = await requireActor();
  redirect(homePathFor(actor.roles));
}
