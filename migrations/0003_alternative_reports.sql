CREATE TABLE "alternative_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"item_number" integer,
	"measure_id" uuid,
	"assessment" text NOT NULL,
	"text" jsonb NOT NULL,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alternative_reports_one_target" CHECK (("alternative_reports"."item_number" IS NULL) <> ("alternative_reports"."measure_id" IS NULL)),
	CONSTRAINT "alternative_reports_assessment" CHECK ("alternative_reports"."assessment" IN ('not_done', 'partly_done', 'done', 'cannot_assess')),
	CONSTRAINT "alternative_reports_evidence_url" CHECK ("alternative_reports"."evidence_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_members_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"registration_number" text NOT NULL,
	"website" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_registration_number_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
ALTER TABLE "alternative_reports" ADD CONSTRAINT "alternative_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alternative_reports" ADD CONSTRAINT "alternative_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alternative_reports" ADD CONSTRAINT "alternative_reports_item_number_strategy_items_number_fk" FOREIGN KEY ("item_number") REFERENCES "public"."strategy_items"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alternative_reports" ADD CONSTRAINT "alternative_reports_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alternative_reports_item_idx" ON "alternative_reports" USING btree ("item_number","created_at");--> statement-breakpoint
CREATE INDEX "alternative_reports_measure_idx" ON "alternative_reports" USING btree ("measure_id","created_at");--> statement-breakpoint
CREATE INDEX "alternative_reports_organisation_idx" ON "alternative_reports" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "alternative_reports_created_idx" ON "alternative_reports" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "organisation_members_user_idx" ON "organisation_members" USING btree ("user_id");