CREATE TABLE "indicator_definitions" (
	"code" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"period" text NOT NULL,
	"baseline" jsonb,
	"target" jsonb,
	"source" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"agenda" jsonb NOT NULL,
	"decisions" jsonb,
	"minutes_url" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_council_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"score" integer NOT NULL,
	"rating" text NOT NULL,
	"findings" jsonb,
	"evaluator_id" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_council_evaluations_year_unique" UNIQUE("council_id","year"),
	CONSTRAINT "public_council_evaluations_score_range" CHECK ("public_council_evaluations"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "public_councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"established_on" date NOT NULL,
	"members_count" integer NOT NULL,
	"website" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_councils_agency_unique" UNIQUE("agency_id")
);
--> statement-breakpoint
CREATE TABLE "reference_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_definitions" ADD CONSTRAINT "indicator_definitions_code_strategy_indicators_code_fk" FOREIGN KEY ("code") REFERENCES "public"."strategy_indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_council_evaluations" ADD CONSTRAINT "public_council_evaluations_council_id_public_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."public_councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_council_evaluations" ADD CONSTRAINT "public_council_evaluations_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_councils" ADD CONSTRAINT "public_councils_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_meetings_held_on_idx" ON "council_meetings" USING btree ("held_on");