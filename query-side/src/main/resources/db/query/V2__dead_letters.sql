-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue): events a projection could not
-- handle, and the later events of the same entity parked behind them. Column names are Axon's
-- defaults (DeadLetterSchema); timestamps are the ISO strings Axon writes, serialised parts bytea.
CREATE TABLE dead_letter_entry (
    deadLetterIdentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timeStamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_group ON dead_letter_entry (processingGroup);
CREATE INDEX dead_letter_sequence ON dead_letter_entry (processingGroup, sequenceIdentifier);
