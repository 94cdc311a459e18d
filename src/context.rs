//! The context every command runs in: the workspace (found lazily, so commands that need
//! none never touch the disk), today's date, color, who is recording, and output.

use crate::model::id;
use crate::report::Tone;
use crate::report::terminal;
use crate::report::{ListFormat, Painter};
use crate::store::Workspace;
use crate::store::discover::{Inputs, Origin};
use chrono::NaiveDate;
use std::cell::OnceCell;
use std::io::Write;
use std::process::Command;

pub struct Ctx {
    /// The date every command treats as today.
    pub today: NaiveDate,
    pub painter: Painter,
    inputs: Inputs,
    workspace: OnceCell<Workspace>,
    user: OnceCell<String>,
    /// Start CSV output with a byte-order mark (`--bom`).
    bom: bool,
}

impl Ctx {
    pub fn new(today: NaiveDate, painter: Painter, inputs: Inputs) -> Self {
        Ctx {
            today,
            painter,
            inputs,
            workspace: OnceCell::new(),
            user: OnceCell::new(),
            bom: false,
        }
    }

    /// Start CSV output with a byte-order mark (`--bom`).
    pub fn with_bom(mut self, bom: bool) -> Self {
        self.bom = bom;
        self
    }

    /// `text` as written out: with a byte-order mark first when it is CSV and `--bom`
    /// asked for one. `--bom` on other output is refused, saying where it applies.
    pub fn marked(&self, text: String, csv: bool) -> anyhow::Result<String> {
        match (self.bom, csv) {
            (true, true) => Ok(format!("\u{feff}{text}")),
            (true, false) => Err(crate::error::usage(
                "--bom marks CSV output for Excel; add --format csv (or write a .csv file)",
            )),
            (false, _) => Ok(text),
        }
    }

    /// Write a list in `format` to stdout (with `--bom`'s mark before CSV).
    pub fn emit_list(&self, text: String, format: ListFormat) -> anyhow::Result<()> {
        self.emit(&self.marked(text, format == ListFormat::Csv)?)
    }

    /// The workspace, found and its settings read on first use. Falling back to the
    /// default workspace is said once, on stderr, with its path, so a command run
    /// outside any workspace does not quietly report on another one.
    pub fn ws(&self) -> anyhow::Result<&Workspace> {
        self.open(true)
    }

    /// The workspace, without the note on falling back to the default one (for `accord
    /// workspace`, which says why it is in use).
    pub fn ws_unannounced(&self) -> anyhow::Result<&Workspace> {
        self.open(false)
    }

    fn open(&self, announce: bool) -> anyhow::Result<&Workspace> {
        if let Some(ws) = self.workspace.get() {
            return Ok(ws);
        }
        let ws = Workspace::open(&self.inputs)?;
        if announce && ws.origin == Origin::Default {
            let label = self.painter_stderr().paint(Tone::Dim, "note:");
            eprintln!(
                "{label} no accord.toml here or above, so this uses the default workspace in {}",
                ws.root.display()
            );
        }
        Ok(self.workspace.get_or_init(|| ws))
    }

    /// Who is recording: `ACCORD_USER`, else `user` in accord.toml, else git's
    /// `user.name`, else the login name.
    pub fn user(&self) -> String {
        self.user
            .get_or_init(|| {
                let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
                env("ACCORD_USER")
                    .or_else(|| self.ws().ok().and_then(|ws| ws.settings.user.clone()))
                    .or_else(|| self.git_user())
                    .or_else(|| env("USER"))
                    .or_else(|| env("USERNAME"))
                    .unwrap_or_else(|| "unknown".to_string())
                    .trim()
                    .to_string()
            })
            .clone()
    }

    fn git_user(&self) -> Option<String> {
        let mut cmd = Command::new("git");
        cmd.args(["config", "user.name"]);
        if let Ok(ws) = self.ws()
            && ws.root.is_dir()
        {
            cmd.current_dir(&ws.root);
        }
        let out = cmd.output().ok()?;
        let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !name.is_empty()).then_some(name)
    }

    /// A new record id.
    pub fn new_id(&self) -> String {
        id::new_record_id(|| fastrand::u64(..))
    }

    /// A new id for a record of `owner`'s file: unused in the file and not among
    /// `chosen` (ids picked for other records of the same command).
    pub fn new_record_id<O: crate::model::registry::Owns>(
        &self,
        owner: &O,
        chosen: &[String],
    ) -> String {
        let taken = crate::model::registry::ids(owner);
        self.new_id_avoiding(|id| {
            taken.iter().any(|(_, r)| *r == id) || chosen.iter().any(|c| c == id)
        })
    }

    /// A new record id not in `taken`.
    pub fn new_id_avoiding(&self, taken: impl Fn(&str) -> bool) -> String {
        loop {
            let id = self.new_id();
            if !taken(&id) {
                return id;
            }
        }
    }

    /// Write primary output to stdout. This is the terminal's edge: control characters
    /// and bidi controls from data show as escapes (`\u{1b}`), whatever the format and
    /// whether color is on or not; accord's own colors pass (`report::terminal`).
    pub fn emit(&self, text: &str) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(terminal::screen(text).as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// As [`Ctx::emit`], for output made a part at a time: `write` is handed a function
    /// that emits one part, so the whole text is never in memory. Each part must end at
    /// the end of a line (after its CRLF or LF).
    pub fn emit_parts(
        &self,
        write: impl FnOnce(&mut dyn FnMut(&str) -> std::io::Result<()>) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        write(&mut |part| out.write_all(terminal::screen(part).as_bytes()))?;
        out.flush()?;
        Ok(())
    }

    /// Say what a command did, on stderr (through the terminal's edge, as `emit`).
    pub fn status(&self, message: &str) {
        eprintln!("{}", terminal::screen(message));
    }

    /// A warning, on stderr.
    pub fn warn(&self, message: &str) {
        let label = self
            .painter_stderr()
            .paint(crate::report::Tone::Warn, "warning:");
        eprintln!("{}", terminal::screen(&format!("{label} {message}")));
    }

    /// A painter for stderr: color only when stderr would take it.
    pub fn painter_stderr(&self) -> Painter {
        Painter {
            color: self.painter.color && std::io::IsTerminal::is_terminal(&std::io::stderr()),
            tty: false,
        }
    }
}
