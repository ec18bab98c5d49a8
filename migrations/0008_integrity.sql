CREATE TABLE "conflict_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"official_person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"summary" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"liability" text,
	"closing_note" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflict_cases_closed" CHECK (("conflict_cases"."state" = 'closed') = ("conflict_cases"."outcome" IS NOT NULL AND "conflict_cases"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "conflict_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"official_person_id" uuid NOT NULL,
	"path" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"case_id" uuid,
	"dismissed_reason" text,
	"first_found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflict_findings_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "conflict_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declarant_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid,
	"post" text NOT NULL,
	"post_category" text NOT NULL,
	"description" text NOT NULL,
	"related_party" text NOT NULL,
	"filed_by" uuid,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'filed' NOT NULL,
	"measure" text,
	"measure_text" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "conflict_notifications_decided" CHECK (("conflict_notifications"."state" = 'decided') = ("conflict_notifications"."measure" IS NOT NULL AND "conflict_notifications"."decided_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "dealings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"decided_by_person_id" uuid,
	"counterparty_organisation_id" uuid,
	"counterparty_person_id" uuid,
	"title" text NOT NULL,
	"amount_tyiyn" bigint,
	"dealt_on" date NOT NULL,
	"source" text NOT NULL,
	"reference" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dealings_one_counterparty" CHECK (("dealings"."counterparty_organisation_id" IS NULL) <> ("dealings"."counterparty_person_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "interest_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declarant_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"occasion" text NOT NULL,
	"post" text NOT NULL,
	"effective_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"receipt" char(64) NOT NULL,
	"filed_by" uuid,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"register" text,
	"name" text NOT NULL,
	"registration_number" text,
	"agency_id" uuid,
	"parent_id" uuid,
	"state_percent" double precision,
	"address" text,
	"source" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_entities_state_percent" CHECK ("legal_entities"."state_percent" IS NULL OR ("legal_entities"."state_percent" > 0 AND "legal_entities"."state_percent" <= 100))
);
--> statement-breakpoint
CREATE TABLE "person_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"reasons" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_matches_not_self" CHECK ("person_matches"."person_id" <> "person_matches"."candidate_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pin" text,
	"full_name" text NOT NULL,
	"birth_date" date,
	"declarant_id" uuid,
	"merged_into" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"degree" text,
	"share_percent" double precision,
	"role" text,
	"head" boolean DEFAULT false NOT NULL,
	"from_person_id" uuid,
	"from_organisation_id" uuid,
	"to_person_id" uuid,
	"to_organisation_id" uuid,
	"valid_from" date,
	"valid_until" date,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"evidence" text,
	"recorded_by" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relations_key_unique" UNIQUE("key"),
	CONSTRAINT "relations_one_from" CHECK (("relations"."from_person_id" IS NULL) <> ("relations"."from_organisation_id" IS NULL)),
	CONSTRAINT "relations_one_to" CHECK (("relations"."to_person_id" IS NULL) <> ("relations"."to_organisation_id" IS NULL)),
	CONSTRAINT "relations_not_self" CHECK ("relations"."from_person_id" IS DISTINCT FROM "relations"."to_person_id" OR "relations"."from_person_id" IS NULL),
	CONSTRAINT "relations_valid_dates" CHECK ("relations"."valid_until" IS NULL OR "relations"."valid_from" IS NULL OR "relations"."valid_until" >= "relations"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_official_person_id_persons_id_fk" FOREIGN KEY ("official_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_findings" ADD CONSTRAINT "conflict_findings_official_person_id_persons_id_fk" FOREIGN KEY ("official_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_findings" ADD CONSTRAINT "conflict_findings_case_id_conflict_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conflict_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_notifications" ADD CONSTRAINT "conflict_notifications_declarant_id_declarants_id_fk" FOREIGN KEY ("declarant_id") REFERENCES "public"."declarants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_notifications" ADD CONSTRAINT "conflict_notifications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_notifications" ADD CONSTRAINT "conflict_notifications_case_id_conflict_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conflict_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_notifications" ADD CONSTRAINT "conflict_notifications_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_notifications" ADD CONSTRAINT "conflict_notifications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealings" ADD CONSTRAINT "dealings_organisation_id_legal_entities_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealings" ADD CONSTRAINT "dealings_decided_by_person_id_persons_id_fk" FOREIGN KEY ("decided_by_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealings" ADD CONSTRAINT "dealings_counterparty_organisation_id_legal_entities_id_fk" FOREIGN KEY ("counterparty_organisation_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealings" ADD CONSTRAINT "dealings_counterparty_person_id_persons_id_fk" FOREIGN KEY ("counterparty_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_declarant_id_declarants_id_fk" FOREIGN KEY ("declarant_id") REFERENCES "public"."declarants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD CONSTRAINT "legal_entities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_entities" ADD CONSTRAINT "legal_entities_parent_id_legal_entities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_matches" ADD CONSTRAINT "person_matches_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_matches" ADD CONSTRAINT "person_matches_candidate_id_persons_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_matches" ADD CONSTRAINT "person_matches_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_declarant_id_declarants_id_fk" FOREIGN KEY ("declarant_id") REFERENCES "public"."declarants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_merged_into_persons_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_from_person_id_persons_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_from_organisation_id_legal_entities_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_to_person_id_persons_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_to_organisation_id_legal_entities_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflict_cases_state" ON "conflict_cases" USING btree ("state");--> statement-breakpoint
CREATE INDEX "conflict_cases_official" ON "conflict_cases" USING btree ("official_person_id");--> statement-breakpoint
CREATE INDEX "conflict_findings_official" ON "conflict_findings" USING btree ("official_person_id");--> statement-breakpoint
CREATE INDEX "conflict_findings_state" ON "conflict_findings" USING btree ("state");--> statement-breakpoint
CREATE INDEX "conflict_notifications_agency" ON "conflict_notifications" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "conflict_notifications_declarant" ON "conflict_notifications" USING btree ("declarant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dealings_source_reference" ON "dealings" USING btree ("source","reference");--> statement-breakpoint
CREATE INDEX "dealings_organisation" ON "dealings" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "dealings_counterparty_organisation" ON "dealings" USING btree ("counterparty_organisation_id");--> statement-breakpoint
CREATE INDEX "dealings_counterparty_person" ON "dealings" USING btree ("counterparty_person_id");--> statement-breakpoint
CREATE INDEX "interest_declarations_declarant" ON "interest_declarations" USING btree ("declarant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_entities_registration" ON "legal_entities" USING btree ("registration_number");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_entities_agency" ON "legal_entities" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "legal_entities_register" ON "legal_entities" USING btree ("register");--> statement-breakpoint
CREATE UNIQUE INDEX "person_matches_pair" ON "person_matches" USING btree ("person_id","candidate_id");--> statement-breakpoint
CREATE INDEX "person_matches_state" ON "person_matches" USING btree ("state","score");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_pin" ON "persons" USING btree ("pin") WHERE "persons"."pin" IS NOT NULL AND "persons"."merged_into" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_declarant" ON "persons" USING btree ("declarant_id");--> statement-breakpoint
CREATE INDEX "persons_name" ON "persons" USING btree ("full_name");--> statement-breakpoint
CREATE INDEX "relations_from_person" ON "relations" USING btree ("from_person_id");--> statement-breakpoint
CREATE INDEX "relations_to_person" ON "relations" USING btree ("to_person_id");--> statement-breakpoint
CREATE INDEX "relations_to_organisation" ON "relations" USING btree ("to_organisation_id");--> statement-breakpoint
CREATE INDEX "relations_from_organisation" ON "relations" USING btree ("from_organisation_id");