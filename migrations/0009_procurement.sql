CREATE TABLE "barred_entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"identifier" text NOT NULL,
	"country" text DEFAULT 'KG' NOT NULL,
	"court" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"ground" text NOT NULL,
	"restrictions" text[] NOT NULL,
	"barred_from" date NOT NULL,
	"barred_until" date,
	"lifted_at" timestamp with time zone,
	"lifted_reason" text,
	"recorded_by" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barred_entities_period" CHECK ("barred_entities"."barred_until" IS NULL OR "barred_entities"."barred_until" >= "barred_entities"."barred_from"),
	CONSTRAINT "barred_entities_restrictions" CHECK (cardinality("barred_entities"."restrictions") > 0)
);
--> statement-breakpoint
CREATE TABLE "procurement_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engine" text NOT NULL,
	"code" text NOT NULL,
	"subject" text NOT NULL,
	"subject_id" text NOT NULL,
	"ocid" text,
	"value" double precision NOT NULL,
	"threshold" double precision,
	"evidence" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"format" text,
	"state" text DEFAULT 'queued' NOT NULL,
	"job_id" uuid,
	"bytes_total" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procurement_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"buyer_id" text NOT NULL,
	"buyer_name" text NOT NULL,
	"year" integer NOT NULL,
	"line" integer NOT NULL,
	"classification" text NOT NULL,
	"description" text NOT NULL,
	"planned_tyiyn" bigint,
	"currency" text DEFAULT 'KGS' NOT NULL,
	"method" text,
	"quarter" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_processes" (
	"ocid" text PRIMARY KEY NOT NULL,
	"release" jsonb NOT NULL,
	"release_hash" text NOT NULL,
	"title" text,
	"buyer_id" text,
	"buyer_name" text,
	"buyer_agency_id" uuid,
	"region" text,
	"method" text,
	"method_details" text,
	"classification" text,
	"status" text,
	"value_tyiyn" bigint,
	"currency" text,
	"bidders" integer,
	"published_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"supplier_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_import_id" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_releases" (
	"ocid" text NOT NULL,
	"release_id" text NOT NULL,
	"date" text,
	"release" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_releases_ocid_release_id_pk" PRIMARY KEY("ocid","release_id")
);
--> statement-breakpoint
CREATE TABLE "procurement_risk_scores" (
	"subject" text NOT NULL,
	"subject_id" text NOT NULL,
	"score" double precision NOT NULL,
	"tenders" integer DEFAULT 1 NOT NULL,
	"components" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_risk_scores_subject_subject_id_pk" PRIMARY KEY("subject","subject_id")
);
--> statement-breakpoint
CREATE TABLE "tender_remarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ocid" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tender_remarks_answer" CHECK (("tender_remarks"."answer" IS NULL) = ("tender_remarks"."answered_at" IS NULL) AND ("tender_remarks"."kind" = 'concern' OR "tender_remarks"."answer" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "barred_entities" ADD CONSTRAINT "barred_entities_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_imports" ADD CONSTRAINT "procurement_imports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_imports" ADD CONSTRAINT "procurement_imports_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_processes" ADD CONSTRAINT "procurement_processes_buyer_agency_id_agencies_id_fk" FOREIGN KEY ("buyer_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_remarks" ADD CONSTRAINT "tender_remarks_ocid_procurement_processes_ocid_fk" FOREIGN KEY ("ocid") REFERENCES "public"."procurement_processes"("ocid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_remarks" ADD CONSTRAINT "tender_remarks_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_remarks" ADD CONSTRAINT "tender_remarks_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "barred_entities_identifier" ON "barred_entities" USING btree ("identifier");--> statement-breakpoint
CREATE UNIQUE INDEX "barred_entities_decision" ON "barred_entities" USING btree ("identifier","court","decision_number");--> statement-breakpoint
CREATE INDEX "procurement_flags_ocid" ON "procurement_flags" USING btree ("ocid");--> statement-breakpoint
CREATE INDEX "procurement_flags_subject" ON "procurement_flags" USING btree ("subject","subject_id");--> statement-breakpoint
CREATE INDEX "procurement_flags_engine_code" ON "procurement_flags" USING btree ("engine","code");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_plan_items_line" ON "procurement_plan_items" USING btree ("buyer_id","year","line");--> statement-breakpoint
CREATE INDEX "procurement_plan_items_classification" ON "procurement_plan_items" USING btree ("buyer_id","year","classification");--> statement-breakpoint
CREATE INDEX "procurement_processes_buyer" ON "procurement_processes" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "procurement_processes_buyer_agency" ON "procurement_processes" USING btree ("buyer_agency_id");--> statement-breakpoint
CREATE INDEX "procurement_processes_published" ON "procurement_processes" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "procurement_processes_suppliers" ON "procurement_processes" USING gin ("supplier_ids");--> statement-breakpoint
CREATE INDEX "tender_remarks_ocid" ON "tender_remarks" USING btree ("ocid");