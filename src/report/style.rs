//! Color for terminal output, decided once: `--color`, `NO_COLOR`, `CLICOLOR_FORCE`, and
//! whether stdout is a terminal.

use crate::report::terminal;
use anstyle::{AnsiColor, Style};

/// What a piece of text means, which decides its color.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    #[default]
    Plain,
    /// Healthy, done, on track.
    Good,
    /// Needs watching: due soon, borderline, at risk.
    Warn,
    /// Needs action: overdue, concern, off track.
    Bad,
    /// Secondary detail.
    Dim,
    /// Headings and names.
    Strong,
}

impl Tone {
    pub fn style(self) -> Style {
        match self {
            Tone::Plain => Style::new(),
            Tone::Good => Style::new().fg_color(Some(AnsiColor::Green.into())),
            Tone::Warn => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Tone::Bad => Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            Tone::Dim => Style::new().dimmed(),
            Tone::Strong => Style::new().bold(),
        }
    }

    /// The comfy-table color of this tone, if it has one.
    pub fn table_color(self) -> Option<comfy_table::Color> {
        match self {
            Tone::Good => Some(comfy_table::Color::Green),
            Tone::Warn => Some(comfy_table::Color::Yellow),
            Tone::Bad => Some(comfy_table::Color::Red),
            Tone::Dim => Some(comfy_table::Color::DarkGrey),
            Tone::Plain | Tone::Strong => None,
        }
    }
}

/// Paints text when color is on, and leaves it plain otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub color: bool,
    /// Whether stdout is a terminal (tables wrap to its width only then).
    pub tty: bool,
}

impl Painter {
    pub fn plain() -> Self {
        Painter {
            color: false,
            tty: false,
        }
    }

    /// `text` as one line in the color of `tone`: a span is never more than one line, so
    /// a line break in it shows as `⏎`, and any other control character as an escape
    /// (`report::terminal`). The color is written with marks that only the terminal edge
    /// turns into escape sequences.
    pub fn paint(&self, tone: Tone, text: &str) -> String {
        let text = terminal::line(text);
        if !self.color || tone == Tone::Plain {
            return text.into_owned();
        }
        let style = tone.style();
        format!(
            "{}{text}{}",
            terminal::own(&style.render().to_string()),
            terminal::own(&style.render_reset().to_string())
        )
    }
}

/// When to use color, as chosen with `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// Decide color from the flag, the environment and whether stdout is a terminal.
pub fn use_color(when: ColorWhen, tty: bool, env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            if set("NO_COLOR") {
                false
            } else if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").as_deref() != Some("0") {
                true
            } else if env("CLICOLOR").as_deref() == Some("0") {
                false
            } else {
                tty && env("TERM").as_deref() != Some("dumb")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_decision() {
        let none = |_: &str| None;
        assert!(use_color(ColorWhen::Auto, true, none));
        assert!(!use_color(ColorWhen::Auto, false, none));
        assert!(use_color(ColorWhen::Always, false, none));
        assert!(!use_color(ColorWhen::Never, true, none));
        let no_color = |k: &str| (k == "NO_COLOR").then(|| "1".to_string());
        assert!(!use_color(ColorWhen::Auto, true, no_color));
        let force = |k: &str| (k == "CLICOLOR_FORCE").then(|| "1".to_string());
        assert!(use_color(ColorWhen::Auto, false, force));
        let dumb = |k: &str| (k == "TERM").then(|| "dumb".to_string());
        assert!(!use_color(ColorWhen::Auto, true, dumb));
    }

    #[test]
    fn painting_is_plain_without_color() {
        assert_eq!(Painter::plain().paint(Tone::Bad, "late"), "late");
        let p = Painter {
            color: true,
            tty: true,
        };
        assert_eq!(
            terminal::screen(&p.paint(Tone::Strong, "x")),
            "\u{1b}[1mx\u{1b}[0m"
        );
        assert_eq!(
            terminal::screen(&p.paint(Tone::Strong, "Evil\u{1b}[2J\nCo")),
            "\u{1b}[1mEvil\\u{1b}[2J⏎Co\u{1b}[0m"
        );
    }
}
