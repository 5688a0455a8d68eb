//! The flow drawn for editors: every question, every answer and every result of the guide as a
//! Graphviz graph (`./x map` renders it to `docs/flow.svg`). Questions are boxes, results rounded
//! and filled, and each answer an arrow labelled with its words; a result reached from several
//! questions has several arrows in.

use super::model::{Guide, Next};

/// Quotes `text` for a DOT string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Breaks a long Japanese label into lines of at most `width` characters.
fn wrapped(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(width).map(|line| line.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
}

impl Guide {
    /// The whole flow as a DOT graph, in the order of the data (so that it diffs line by line).
    pub fn flow_map(&self) -> String {
        let mut dot = String::from(
            "digraph flow {\n  rankdir=LR;\n  node [fontname=\"Noto Sans CJK JP\", fontsize=11];\n  edge [fontname=\"Noto Sans CJK JP\", fontsize=9];\n",
        );
        for q in &self.questions {
            let shape = if self.meta.start.is(q) { "doubleoctagon" } else { "box" };
            let label = format!("{}\n({})", wrapped(&q.text, 18), q.id);
            dot.push_str(&format!("  {} [shape={shape}, label={}];\n", quoted(&format!("q:{}", q.id)), quoted(&label)));
        }
        for r in &self.results {
            let label = format!("{}\n(/r/{}/)", wrapped(&r.title, 16), r.id);
            dot.push_str(&format!(
                "  {} [shape=box, style=\"rounded,filled\", fillcolor=\"#e6f0fb\", label={}];\n",
                quoted(&format!("r:{}", r.id)),
                quoted(&label)
            ));
        }
        for q in &self.questions {
            for a in &q.answers {
                let to = match &a.next {
                    Next::Question(id) => format!("q:{id}"),
                    Next::Result(id) => format!("r:{id}"),
                };
                let label = format!("{}\n[{}]", wrapped(&a.label, 14), a.id);
                dot.push_str(&format!(
                    "  {} -> {} [label={}];\n",
                    quoted(&format!("q:{}", q.id)),
                    quoted(&to),
                    quoted(&label)
                ));
            }
        }
        dot.push_str("}\n");
        dot
    }
}
