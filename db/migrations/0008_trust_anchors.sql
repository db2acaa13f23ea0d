CREATE TABLE "trust_anchors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner" text NOT NULL,
	"key_tag" integer NOT NULL,
	"algorithm" integer NOT NULL,
	"digest_type" integer,
	"digest" text,
	"flags" integer,
	"public_key" text,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"source" text NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trust_anchors_material" CHECK ("trust_anchors"."digest" is not null or "trust_anchors"."public_key" is not null)
);
--> statement-breakpoint
ALTER TABLE "trust_anchors" ADD CONSTRAINT "trust_anchors_added_by_people_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trust_anchors_owner_idx" ON "trust_anchors" USING btree ("owner");--> statement-breakpoint
INSERT INTO "trust_anchors" ("owner", "key_tag", "algorithm", "digest_type", "digest", "valid_from", "valid_until", "source") VALUES
	('.', 19036, 8, 2, '49AAC11D7B6F6446702E54A1607371607A1A41855200FD2CE1CDDE32F24E8FB5', '2010-07-15T00:00:00Z', '2019-01-11T00:00:00Z', 'IANA root-anchors.xml (shipped default)'),
	('.', 20326, 8, 2, 'E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D', '2017-02-02T00:00:00Z', NULL, 'IANA root-anchors.xml (shipped default)'),
	('.', 38696, 8, 2, '683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16', '2024-07-18T00:00:00Z', NULL, 'IANA root-anchors.xml (shipped default)');
