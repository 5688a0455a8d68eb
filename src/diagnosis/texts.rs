//! The guide's texts by key, and the translations laid over them.
//!
//! Every language is the Japanese guide (`assets/diagnosis.json`) with its texts replaced: ids,
//! links between items, dates, sources and check dates are the Japanese file's, never copied,
//! so a fact is corrected once for every language. A translation file
//! (`assets/i18n/<lang>.json`) maps each text's key to the Japanese it was translated from and
//! the translation:
//!
//! ```json
//! { "results.card-lost.title": { "ja": "マイナンバーカードをなくした", "en": "You lost your My Number Card" } }
//! ```
//!
//! An entry may also carry a `"note"` for the next translator (why a word was chosen, and where
//! official sources differ); the app does not show it.
//!
//! A key is the text's place in the guide: field names, and in a list the item's `id` (or its
//! position where items have none). A missing, empty or extra text, or one translated from a
//! Japanese text that has changed since, fails the build, naming the key and the language.
//!
//! The app embeds the guide's structure once and each language's texts beside it ([`Layout`]),
//! so a language adds its text and nothing more. This file is also compiled into `build.rs`,
//! which writes them, so it uses nothing but `serde_json` and `std`.

use serde_json::{Map, Value};

/// Fields whose strings are not text a person reads: ids, references to other items, dates,
/// addresses. Their values are the same in every language.
const NOT_TEXT: &[&str] = &[
    "id",
    "source",
    "sources",
    "checked",
    "date",
    "until",
    "as_of",
    "when",
    "phones",
    "number",
    "call",
    "scene",
    "start",
    "fallback",
    "counter",
    "first_check",
    "causes",
    "checks",
    "more",
    "results",
];

/// Fields that hold no text at all beneath them: where an answer leads, and the maps that keep
/// old links working.
const NOT_TEXT_TREES: &[&str] = &["next", "aliases", "moved_answers"];

/// Most problems listed at once: enough to see what an edit left to do.
const MAX_LISTED: usize = 40;

/// Each text of a guide with its key, in the file's order.
pub fn texts(guide: &Value) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    collect(guide, &mut String::new(), "", &mut found);
    found
}

fn collect<'v>(value: &'v Value, key: &mut String, field: &str, found: &mut Vec<(String, &'v str)>) {
    let mut nested = |child: &'v Value, segment: &str, field: &str, found: &mut Vec<(String, &'v str)>| {
        let len = key.len();
        if !key.is_empty() {
            key.push('.');
        }
        key.push_str(segment);
        collect(child, key, field, found);
        key.truncate(len);
    };
    match value {
        Value::String(text) if !NOT_TEXT.contains(&field) => found.push((key.clone(), text)),
        Value::Object(fields) => {
            for (name, child) in fields.iter().filter(|(name, _)| !NOT_TEXT_TREES.contains(&name.as_str())) {
                nested(child, name, name, found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let segment = item.get("id").and_then(Value::as_str).map_or_else(|| i.to_string(), str::to_string);
                nested(item, &segment, field, found);
            }
        }
        _ => {}
    }
}

/// Between the pieces of an embedded layout: a byte that JSON never holds raw.
pub const SEPARATOR: char = '\0';

/// A guide split for embedding: its compact JSON with every text cut out (`structure`, the
/// pieces between the texts), and its texts as JSON string literals, in [`texts`] order. The
/// same structure takes every language's texts.
pub struct Layout {
    /// The pieces of the compact JSON between the texts, joined by [`SEPARATOR`].
    pub structure: String,
    /// The texts as JSON string literals (quotes included), joined by [`SEPARATOR`].
    pub texts: String,
}

/// Splits a guide (JSON) into its [`Layout`].
pub fn layout(guide: &str) -> Result<Layout, String> {
    let mut value: Value = serde_json::from_str(guide).map_err(|e| e.to_string())?;
    let literals: Vec<String> = texts(&value).into_iter().map(|(_, text)| Value::from(text).to_string()).collect();
    // Each text becomes a NUL, which compact JSON writes as the literal below, found nowhere else.
    let mut nul = std::iter::repeat_with(|| SEPARATOR.to_string());
    replace_texts(&mut value, "", &mut nul);
    let marked = value.to_string();
    let pieces: Vec<&str> = marked.split("\"\\u0000\"").collect();
    if pieces.len() != literals.len() + 1 {
        return Err("a text holds a NUL character".into());
    }
    let joined = |parts: &[&str]| parts.join(&SEPARATOR.to_string());
    Ok(Layout { structure: joined(&pieces), texts: joined(&literals.iter().map(String::as_str).collect::<Vec<_>>()) })
}

/// The guide's JSON from its structure and one language's texts (see [`Layout`]).
pub fn assemble(structure: &str, texts: &str) -> String {
    let mut json = String::with_capacity(structure.len() + texts.len());
    let mut texts = texts.split(SEPARATOR);
    for piece in structure.split(SEPARATOR) {
        json.push_str(piece);
        if let Some(text) = texts.next() {
            json.push_str(text);
        }
    }
    json
}

/// The guide in `lang`: the Japanese guide `japanese` (JSON) with every text replaced from the
/// translation file `translations` (JSON, named `file` in messages). Every problem found is
/// listed, one per line, each naming the file, the key and the language.
pub fn translate(japanese: &str, translations: &str, lang: &str, file: &str) -> Result<String, String> {
    let parse = |json: &str, name: &str| {
        serde_json::from_str::<Value>(json)
            .map_err(|e| format!("{name}: line {}, column {}: {e}", e.line(), e.column()))
    };
    let mut guide = parse(japanese, "assets/diagnosis.json")?;
    let translations = parse(translations, file)?;
    let Some(translations) = translations.as_object() else {
        return Err(format!("{file}: must be an object of keys, each {{\"ja\": …, \"{lang}\": …}}"));
    };
    let keyed = texts(&guide);
    let paper = paper_terms(&guide);
    let mut problems = Vec::new();
    let mut replaced = Vec::new();
    for (i, (key, ja)) in keyed.iter().enumerate() {
        if keyed[..i].iter().any(|(earlier, _)| earlier == key) {
            problems
                .push(format!("assets/diagnosis.json: {key}: two texts have this key; give the items different ids"));
        }
        match translation_of(translations, key, ja, lang) {
            Ok(text) => {
                // The glossary's own entry is shown with its Japanese beside it by the app.
                let own_entry = key.starts_with("glossary.") && key.ends_with(".term");
                for term in paper.iter().filter(|t| !own_entry && ja.contains(*t) && !text.contains(*t)) {
                    problems.push(format!(
                        "{file}: {key}: must show 「{term}」 beside its translation, as the reader meets it on paper (language \"{lang}\")"
                    ));
                }
                replaced.push(text.to_string());
            }
            Err(problem) => problems.push(format!("{file}: {key}: {problem} (language \"{lang}\")")),
        }
    }
    for key in translations.keys().filter(|key| !keyed.iter().any(|(k, _)| k == *key)) {
        problems.push(format!("{file}: {key}: no such text in assets/diagnosis.json; remove it (language \"{lang}\")"));
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(MAX_LISTED);
        problems.truncate(MAX_LISTED);
        if more > 0 {
            problems.push(format!("… and {more} more"));
        }
        return Err(problems.join("\n"));
    }
    let mut texts = replaced.into_iter();
    replace_texts(&mut guide, "", &mut texts);
    Ok(guide.to_string())
}

/// The glossary's words a person meets on paper or on a screen (`"paper": true`).
fn paper_terms(guide: &Value) -> Vec<&str> {
    let entries = guide.get("glossary").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
    entries
        .iter()
        .filter(|t| t.get("paper").and_then(Value::as_bool) == Some(true))
        .filter_map(|t| t.get("term").and_then(Value::as_str))
        .collect()
}

/// The translation of one text, or what is wrong with it.
fn translation_of<'t>(
    translations: &'t Map<String, Value>,
    key: &str,
    ja: &str,
    lang: &str,
) -> Result<&'t str, String> {
    let entry = translations.get(key).ok_or_else(|| format!("missing; translate 「{ja}」"))?;
    let field = |name: &str| entry.get(name).and_then(Value::as_str);
    // A note says why a word was chosen, for the next translator; the app does not show it.
    if let Some(unknown) =
        entry.as_object().and_then(|e| e.keys().find(|k| !["ja", lang, "note"].contains(&k.as_str())))
    {
        return Err(format!("has an unknown field \"{unknown}\" (only \"ja\", \"{lang}\" and \"note\")"));
    }
    let from = field("ja").ok_or("has no \"ja\": the Japanese it was translated from")?;
    if from != ja {
        return Err(format!(
            "translated from an older Japanese text 「{from}」; translate 「{ja}」 and update its \"ja\""
        ));
    }
    match field(lang) {
        Some(text) if !text.trim().is_empty() => Ok(text),
        Some(_) => Err("is empty".into()),
        None => Err(format!("has no \"{lang}\" text")),
    }
}

/// Replaces the texts of `value` in the order [`texts`] lists them.
fn replace_texts(value: &mut Value, field: &str, texts: &mut impl Iterator<Item = String>) {
    match value {
        Value::String(text) if !NOT_TEXT.contains(&field) => {
            if let Some(translated) = texts.next() {
                *text = translated;
            }
        }
        Value::Object(fields) => {
            for (name, child) in fields.iter_mut().filter(|(name, _)| !NOT_TEXT_TREES.contains(&name.as_str())) {
                replace_texts(child, name, texts);
            }
        }
        Value::Array(items) => {
            for item in items {
                replace_texts(item, field, texts);
            }
        }
        _ => {}
    }
}
