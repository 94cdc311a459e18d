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
        let mark = self.mark(csv)?;
        Ok(if mark.is_empty() {
            text
        } else {
            format!("{mark}{text}")
        })
    }

    /// What output starts with: a byte-order mark when it is CSV and `--bom` asked for
    /// one, else nothing. `--bom` on other output is refused, saying where it applies.
    pub fn mark(&self, csv: bool) -> anyhow::Result<&'static str> {
        match (self.bom, csv) {
            (true, true) => Ok("\u{feff}"),
            (true, false) => Err(crate::error::usage(
                "--bom marks CSV output for Excel; add --format csv (or write a .csv file)",
            )),
            (false, _) => Ok(""),
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

    /// The workspace to settle a merge in, whose settings may hold conflict markers (they
    /// are then the defaults): for `resolve` and the first step of `sync`.
    pub fn ws_settling(&self) -> anyhow::Result<Workspace> {
        Workspace::open_settling(&self.inputs)
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

    /// Write primary output to stdout as `write` makes it, through the terminal's edge
    /// as [`Ctx::emit`] does, a run of whole lines at a time: the output is never held.
    pub fn emit_with(
        &self,
        write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let stdout = std::io::stdout().lock();
        let mut edge = Screen {
            out: std::io::BufWriter::with_capacity(1 << 16, stdout),
            pending: Vec::with_capacity(1 << 16),
        };
        write(&mut edge)?;
        edge.pass(edge.pending.len())?;
        edge.out.flush()?;
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

/// The terminal's edge for output written as it is made: text is held until it ends a
/// line, and whole lines go through [`terminal::screen`], so an escape or a color mark
/// is never cut in two and the bytes are those of screening the whole output at once.
struct Screen<W: Write> {
    out: W,
    pending: Vec<u8>,
}

impl<W: Write> Screen<W> {
    /// Screen the first `n` bytes held (whole lines, or everything at the end) and
    /// write them out.
    fn pass(&mut self, n: usize) -> std::io::Result<()> {
        let chunk = &self.pending[..n];
        if !needs_screen(chunk) {
            self.out.write_all(chunk)?;
        } else {
            let text = String::from_utf8_lossy(chunk);
            self.out.write_all(terminal::screen(&text).as_bytes())?;
        }
        self.pending.drain(..n);
        Ok(())
    }
}

impl<W: Write> Write for Screen<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= 1 << 16
            && let Some(end) = self.pending.iter().rposition(|&b| b == b'\n')
        {
            self.pass(end + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether UTF-8 text holds anything [`terminal::screen`] changes: a control character
/// other than a line break or a tab (a C0 control, DEL, a C1 control), a bidi control
/// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) or the start of a color
/// mark (U+FDD0). Read byte by byte, so the text is not decoded.
fn needs_screen(text: &[u8]) -> bool {
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    text.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => false,
        0x00..=0x1f | 0x7f => true,
        // U+0080 to U+009F
        0xc2 => (0x80..=0x9f).contains(&at(i + 1)),
        // U+061C
        0xd8 => at(i + 1) == 0x9c,
        // U+200E, U+200F, U+202A to U+202E; U+2066 to U+2069
        0xe2 => match at(i + 1) {
            0x80 => matches!(at(i + 2), 0x8e | 0x8f | 0xaa..=0xae),
            0x81 => matches!(at(i + 2), 0xa6..=0xa9),
            _ => false,
        },
        // U+FDD0
        0xef => at(i + 1) == 0xb7 && at(i + 2) == 0x90,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edge_screens_exactly_what_screen_changes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            let changes = terminal::screen(&format!("a{s}b")) != format!("a{s}b");
            let flagged = needs_screen(s.as_bytes());
            assert_eq!(flagged, changes || c == '\u{fdd0}', "{c:?}");
        }
    }

    #[test]
    fn screened_a_run_of_lines_at_a_time_is_screened_as_a_whole() {
        let mark = terminal::own("\u{1b}[1m");
        let line = format!("name \u{1b}[2J {mark}bold · █ a\r\nb\rc\u{202e}\n");
        let text = line.repeat(5000);
        let mut edge = Screen {
            out: Vec::new(),
            pending: Vec::new(),
        };
        for piece in text.as_bytes().chunks(777) {
            edge.write_all(piece).unwrap();
        }
        edge.pass(edge.pending.len()).unwrap();
        assert_eq!(
            String::from_utf8(edge.out).unwrap(),
            terminal::screen(&text)
        );
    }
}
