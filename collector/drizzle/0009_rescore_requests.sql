CREATE TABLE "rescore_requests" (
	"site_id" text NOT NULL,
	"order_id" text NOT NULL,
	"asked_by" text NOT NULL,
	"asked_by_placed_at" timestamp with time zone NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"locked_until" timestamp with time zone,
	CONSTRAINT "rescore_requests_site_id_order_id_pk" PRIMARY KEY("site_id","order_id")
);
--> statement-breakpoint
CREATE INDEX "rescore_requests_asked_idx" ON "rescore_requests" USING btree ("site_id","asked_at");