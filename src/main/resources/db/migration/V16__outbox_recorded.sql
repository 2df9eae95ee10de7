-- Until now an e-mail kept without a mail server was marked SENT (with no Message-ID, as nothing was mailed).
-- It is TERCATAT: recorded, not sent (OutboxMessage.RECORDED); status also takes that value from now on.
UPDATE outbox SET status = 'TERCATAT' WHERE kind = 'EMAIL' AND status = 'SENT' AND message_id IS NULL;
