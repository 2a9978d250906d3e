-- Events stay immutable, with one exception a municipality is bound by law to make: a recorded
-- redaction (GDPR, secrecy) may blank free texts of one event's payload. The ledger sets
-- ledger.redacting to that event's id for the one transaction that records the redaction; every
-- other column must stay as it was. The Merkle log committed to such texts by salted hash only,
-- so proofs still hold after the text is gone.
CREATE OR REPLACE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('ledger.redacting', true) = OLD.eventidentifier
            AND NEW.globalindex = OLD.globalindex AND NEW.eventidentifier = OLD.eventidentifier
            AND NEW.aggregateidentifier = OLD.aggregateidentifier AND NEW.sequencenumber = OLD.sequencenumber
            AND NEW.type IS NOT DISTINCT FROM OLD.type AND NEW.payloadtype = OLD.payloadtype
            AND NEW.payloadrevision IS NOT DISTINCT FROM OLD.payloadrevision AND NEW.timestamp = OLD.timestamp
            AND NEW.metadata IS NOT DISTINCT FROM OLD.metadata THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'events are immutable: % on domainevententry refused', TG_OP;
END;
$$;
