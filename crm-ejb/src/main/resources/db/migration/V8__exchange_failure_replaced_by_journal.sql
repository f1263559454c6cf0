-- What exchanges could not apply is recorded in the exchange journal (exchange_message and
-- exchange_message_error) since V5; the older failure list is no longer written or read.
drop table exchange_failure;
drop sequence exchange_failure_seq;
