CREATE TABLE "strategy_activities" (
	"code" text PRIMARY KEY NOT NULL,
	"item_number" integer NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	"expected_results" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_directions" (
	"number" integer PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"activity_code" text NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_items" (
	"number" integer PRIMARY KEY NOT NULL,
	"direction_number" integer NOT NULL,
	"goals" jsonb NOT NULL,
	"tasks" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_targets" (
	"code" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"measure" text NOT NULL,
	"change" jsonb NOT NULL,
	"text" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"execution_status" text NOT NULL,
	"narrative" jsonb NOT NULL,
	"indicator_values" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"review_comment" text,
	"previous_id" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_reports_version_unique" UNIQUE("measure_id","period_id","version")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_code" text,
	"title" jsonb NOT NULL,
	"agency_id" uuid NOT NULL,
	"responsible_user_id" uuid,
	"deadline" date NOT NULL,
	"planned_budget_tyiyn" bigint,
	"planned_budget_currency" char(3),
	"executed_budget_tyiyn" bigint,
	"executed_budget_currency" char(3),
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_unique" UNIQUE("kind","year","number")
);
--> statement-breakpoint
ALTER TABLE "strategy_activities" ADD CONSTRAINT "strategy_activities_item_number_strategy_items_number_fk" FOREIGN KEY ("item_number") REFERENCES "public"."strategy_items"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_indicators" ADD CONSTRAINT "strategy_indicators_activity_code_strategy_activities_code_fk" FOREIGN KEY ("activity_code") REFERENCES "public"."strategy_activities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_items" ADD CONSTRAINT "strategy_items_direction_number_strategy_directions_number_fk" FOREIGN KEY ("direction_number") REFERENCES "public"."strategy_directions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_plans" ADD CONSTRAINT "agency_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_plans" ADD CONSTRAINT "agency_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_report_id_measure_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."measure_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_previous_id_measure_reports_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."measure_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_id_agency_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."agency_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_activity_code_strategy_activities_code_fk" FOREIGN KEY ("activity_code") REFERENCES "public"."strategy_activities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_plans_agency_idx" ON "agency_plans" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "evidence_files_report_idx" ON "evidence_files" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "measure_reports_state_idx" ON "measure_reports" USING btree ("state");--> statement-breakpoint
CREATE INDEX "measures_plan_idx" ON "measures" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "measures_agency_idx" ON "measures" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "measures_activity_idx" ON "measures" USING btree ("activity_code");