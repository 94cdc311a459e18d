//! End-to-end tests of the `accord` binary: a few per command, plus the storage
//! guarantees. Domain rules are unit-tested in place under `src/model`.

mod common;

mod action;
mod calendar;
mod check;
mod checkin;
mod contrib;
mod eval;
mod examples;
mod export;
mod goal;
mod import;
mod layers;
mod partner;
mod readme;
mod registry;
mod report;
mod role;
mod shell;
mod snapshots;
mod status;
mod storage;
mod survey;
mod survey_reports;
mod win;
mod workspace;
