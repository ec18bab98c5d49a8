CREATE TABLE "allocation_heads" (
	"day" date PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"court_id" uuid,
	"case_id" uuid,
	"judge_id" uuid,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_rules" (
	"version" integer PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"specialisation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_id" uuid NOT NULL,
	"number" text NOT NULL,
	"category" text NOT NULL,
	"claim" text NOT NULL,
	"parties" jsonb NOT NULL,
	"claim_fingerprint" text NOT NULL,
	"earlier_case_id" uuid,
	"filed_at" timestamp with time zone NOT NULL,
	"judge_id" uuid,
	"allocated_at" timestamp with time zone,
	"last_reason" text,
	"allocation_seq" bigint,
	"registered_by" uuid,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_chambers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"specialisation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_recusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"grounds" text NOT NULL,
	"note" text,
	"evidence" jsonb,
	"seq" bigint NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "courts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"instance" text NOT NULL,
	"agency_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "judge_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"judge_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "judges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"pin" text,
	"specialisations" text[] NOT NULL,
	"load_percent" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocation_rules" ADD CONSTRAINT "allocation_rules_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_category_case_categories_code_fk" FOREIGN KEY ("category") REFERENCES "public"."case_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_judge_id_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."judges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_chambers" ADD CONSTRAINT "court_chambers_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_recusals" ADD CONSTRAINT "court_recusals_case_id_court_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_recusals" ADD CONSTRAINT "court_recusals_judge_id_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."judges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_recusals" ADD CONSTRAINT "court_recusals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courts" ADD CONSTRAINT "courts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_absences" ADD CONSTRAINT "judge_absences_judge_id_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."judges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_absences" ADD CONSTRAINT "judge_absences_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judges" ADD CONSTRAINT "judges_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judges" ADD CONSTRAINT "judges_chamber_id_court_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."court_chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_log_day" ON "allocation_log" USING btree ("day","kind");--> statement-breakpoint
CREATE INDEX "allocation_log_court" ON "allocation_log" USING btree ("court_id","kind","seq");--> statement-breakpoint
CREATE INDEX "allocation_log_case" ON "allocation_log" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "allocation_log_judge" ON "allocation_log" USING btree ("judge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "court_cases_number" ON "court_cases" USING btree ("court_id","number");--> statement-breakpoint
CREATE INDEX "court_cases_judge" ON "court_cases" USING btree ("judge_id");--> statement-breakpoint
CREATE INDEX "court_cases_fingerprint" ON "court_cases" USING btree ("claim_fingerprint");--> statement-breakpoint
CREATE INDEX "court_cases_filed" ON "court_cases" USING btree ("court_id","filed_at");--> statement-breakpoint
CREATE INDEX "judge_absences_judge" ON "judge_absences" USING btree ("judge_id");--> statement-breakpoint
CREATE INDEX "judges_court" ON "judges" USING btree ("court_id");