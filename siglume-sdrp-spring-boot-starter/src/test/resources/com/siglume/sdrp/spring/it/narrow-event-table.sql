-- After the starter's own script: the event table as a user might have altered it by hand, with a payload column too small for any event.
ALTER TABLE siglume_webhook_events ALTER COLUMN payload VARCHAR(16);
