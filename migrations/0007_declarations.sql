CREATE TABLE "declarants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pin" text NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" date,
	"user_id" uuid,
	"agency_id" uuid NOT NULL,
	"post" text NOT NULL,
	"post_category" text NOT NULL,
	"declares_from" integer NOT NULL,
	"declares_until" integer,
	"not_published_reason" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declarants_pin_unique" UNIQUE("pin"),
	CONSTRAINT "declarants_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "declaration_checks" (
	"declaration_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"score" integer NOT NULL,
	"outcome" text NOT NULL,
	"findings" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"settings_version" text NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"score_at_entry" integer NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verifier_id" uuid,
	"request_text" text,
	"request_deadline" date,
	"requested_at" timestamp with time zone,
	"answer_text" text,
	"answered_at" timestamp with time zone,
	"outcome" text,
	"conclusion_text" text,
	"concluded_at" timestamp with time zone,
	"evidence" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declaration_reviews_declaration_id_unique" UNIQUE("declaration_id")
);
--> statement-breakpoint
CREATE TABLE "declaration_versions" (
	"declaration_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"income_tyiyn" bigint NOT NULL,
	"monetary_assets_tyiyn" bigint NOT NULL,
	"property_value_tyiyn" bigint NOT NULL,
	"receipt" char(64) NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	CONSTRAINT "declaration_versions_declaration_id_version_pk" PRIMARY KEY("declaration_id","version")
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declarant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"post" text NOT NULL,
	"post_category" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft" jsonb,
	"version" integer DEFAULT 0 NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"last_submitted_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declarations_declarant_year" UNIQUE("declarant_id","year")
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"currency" char(3) NOT NULL,
	"rate_date" date NOT NULL,
	"rate" numeric(18, 6) NOT NULL,
	"nominal" integer DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "exchange_rates_currency_rate_date_pk" PRIMARY KEY("currency","rate_date")
);
--> statement-breakpoint
CREATE TABLE "declaration_filing_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"deadline" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_company_roles" (
	"record_id" text PRIMARY KEY NOT NULL,
	"person_pin" text NOT NULL,
	"company_id" text NOT NULL,
	"company_name" text NOT NULL,
	"role" text NOT NULL,
	"share_percent" double precision,
	"since" date NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_real_estate" (
	"record_id" text PRIMARY KEY NOT NULL,
	"owner_pin" text NOT NULL,
	"kind" text NOT NULL,
	"area" double precision NOT NULL,
	"address" text NOT NULL,
	"share_percent" double precision NOT NULL,
	"acquired_on" date NOT NULL,
	"price_tyiyn" bigint,
	"price_currency" char(3),
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_vehicles" (
	"record_id" text PRIMARY KEY NOT NULL,
	"owner_pin" text NOT NULL,
	"kind" text NOT NULL,
	"make" text NOT NULL,
	"model" text NOT NULL,
	"year_made" integer NOT NULL,
	"registration_number" text NOT NULL,
	"acquired_on" date NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "declarants" ADD CONSTRAINT "declarants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarants" ADD CONSTRAINT "declarants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_checks" ADD CONSTRAINT "declaration_checks_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_reviews" ADD CONSTRAINT "declaration_reviews_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_reviews" ADD CONSTRAINT "declaration_reviews_verifier_id_users_id_fk" FOREIGN KEY ("verifier_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_declarant_id_declarants_id_fk" FOREIGN KEY ("declarant_id") REFERENCES "public"."declarants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declaration_checks_score" ON "declaration_checks" USING btree ("score");--> statement-breakpoint
CREATE INDEX "declaration_reviews_state" ON "declaration_reviews" USING btree ("state");--> statement-breakpoint
CREATE INDEX "declarations_year" ON "declarations" USING btree ("year");--> statement-breakpoint
CREATE INDEX "registry_company_roles_person" ON "registry_company_roles" USING btree ("person_pin");--> statement-breakpoint
CREATE INDEX "registry_real_estate_owner" ON "registry_real_estate" USING btree ("owner_pin");--> statement-breakpoint
CREATE INDEX "registry_vehicles_owner" ON "registry_vehicles" USING btree ("owner_pin");