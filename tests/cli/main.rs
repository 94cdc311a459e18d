//! End-to-end tests of the `accord` binary: a few per command, plus the storage
//! guarantees. Domain rules are unit-tested in place under `src/model`.

mod common;

mod action;
mod amend;
mod cache;
mod calendar;
mod check;
mod checkin;
mod contrib;
mod eval;
mod examples;
mod export;
mod goal;
mod hardening;
mod import;
mod layers;
mod lookup;
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
mod team;
mod terminal;
mod understood;
mod undo;
mod win;
mod workspace;
