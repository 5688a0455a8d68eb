//! The words of the app's own frame (buttons, headings, notes), as data: every string a person
//! sees comes from `assets/diagnosis.json`, so that a language is a change of data, not of code.
//! The two exceptions are the pages shown when the data itself cannot be read (`BrokenData`,
//! `crate::crash`), which cannot depend on it.
//!
//! A text may hold `{name}` placeholders, filled with [`fill`]; validation checks that each text
//! has the ones its place fills in ([`Ui::templates`]).

use super::day::Day;
use serde::de::{Deserialize, Deserializer, Error};
use std::collections::BTreeMap;

/// Declares [`Ui`] and reads it from the data as a map of words: serde's derived reader would
/// make a match arm, a duplicate check and a missing-field error per field (about 45 KB of the
/// wasm for these sixty); this is one loop and one lookup per field, with the same messages.
macro_rules! ui_words {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The app's own words. Each field's doc says where it is shown.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Ui {
            $($(#[$doc])* pub $name: String,)*
        }

        impl<'de> Deserialize<'de> for Ui {
            fn deserialize<D: Deserializer<'de>>(data: D) -> Result<Ui, D::Error> {
                const FIELDS: &[&str] = &[$(stringify!($name)),*];
                let mut words = BTreeMap::<String, String>::deserialize(data)?;
                if let Some(unknown) = words.keys().find(|k| !FIELDS.contains(&k.as_str())) {
                    return Err(D::Error::unknown_field(unknown, FIELDS));
                }
                let mut take = |name: &'static str| words.remove(name).ok_or_else(|| D::Error::missing_field(name));
                Ok(Ui { $($name: take(stringify!($name))?,)* })
            }
        }
    };
}

ui_words! {
    /// The header's link back to the first question, on every screen.
    restart,
    /// Shown when a button needed the app and it could not be loaded.
    load_error,
    /// Shown when a newer version of the site has replaced this page's.
    update_note,
    /// The link that opens the page again in its newer version.
    update_link,
    /// The first sentence of the note on an old copy; `{month}` is the check month.
    stale_heading,
    /// The footer of every screen: what the app does not do with the person's data.
    footer,
    /// Before a source link: 「出典: 」.
    source,
    /// Between source links.
    source_separator,
    /// A rule that applies from a day, before its source: `{date}`.
    from_date,
    /// A rule that applied until a day: `{date}`.
    until_date,
    /// The line under a result's steps (and on the page about the information): `{date}`.
    checked,
    /// A copy button whose copy the browser refused.
    copy_failed,
    /// The memo's copy button.
    memo_copy,
    /// Said once the memo is copied.
    memo_copied,
    /// The fold of a result's likely causes: `{count}`.
    causes,
    /// The causes list's name for a screen reader.
    causes_label,
    /// The button that opens the view for the reception desk.
    desk_button,
    /// The heading over the answers that led to a result.
    answers_heading,
    /// The fold of those answers: `{count}`.
    answers_fold,
    /// The link to change an answer.
    change,
    /// When a check is done: now.
    when_now,
    /// When a check is done: within days.
    when_soon,
    /// When a check is done: if it still fails after a while.
    when_later,
    /// Before the title of the check done when nothing else worked.
    fallback,
    /// The heading of a result's steps.
    steps_heading,
    /// Under it: how the boxes work.
    steps_hint,
    /// The fold of the rarer checks: `{first}` (the first one's title) and `{count}` (its steps).
    more_checks,
    /// The share button.
    share,
    /// Said once the share sheet has shared the link.
    shared,
    /// Said once the link is copied, where there is no share sheet.
    link_copied,
    /// Said when neither works: `{url}`, the link to send by hand.
    link_copy_failed,
    /// After the label of a tapped button waiting for the app.
    busy,
    /// The heading of the words to send.
    words_heading,
    /// Over the message: `{to}`, its recipient.
    message_intro,
    /// The message's copy button.
    message_copy,
    /// Said once the message is copied.
    message_copied,
    /// The fold of the message's text.
    message_show,
    /// Where the recipient is asked by phone only: `{to}`.
    phone_only,
    /// The fold of the phone script.
    phone_script,
    /// The calendar reminder's button: `{days}`.
    reminder,
    /// Said once the reminder file is made.
    reminder_made,
    /// Said when it could not be made.
    reminder_failed,
    /// The fold of a result's glossary: `{names}` (the first two terms) and `{count}`.
    terms,
    /// On the answer given before, when a question is revisited.
    previous_answer,
    /// The way back to the previous question.
    back,
    /// Before the person's situation on the desk view.
    desk_situation,
    /// The desk view's way back to its result.
    back_to_result,
    /// The way back of the contacts and of the page about the information.
    back_to_page,
    /// The heading, and title, of a link that cannot be followed.
    broken_heading,
    /// What probably happened to it.
    broken_lead,
    /// What to do when it was sent by someone.
    broken_sent,
    /// The way to the result a broken link still names.
    broken_result,
    /// The way to the first question.
    broken_start,
    /// Over a result's title.
    eyebrow,
    /// Before a result's first step, away from the counter.
    first_step,
    /// The name of a result's navigation, for a screen reader.
    result_nav,
    /// A question's progress when it is the last: `{step}`.
    progress_last,
    /// A question's progress: `{step}` and `{left}`, the most questions that may follow.
    progress_left,
    /// The start page's title after the app's name: what the app is for.
    start_title,
    /// The situation, in a message or a phone script, where no answers say it: `{title}`.
    situation,
    /// A message's heading over the situation.
    situation_heading,
    /// A message's heading over the question.
    question_heading,
    /// A message's last line.
    closing,
    /// The calendar reminder's title.
    reminder_title,
    /// A day as this language writes it: `{year}`, `{month}`, `{day}`.
    day_format,
    /// A month as this language writes it: `{year}`, `{month}`.
    month_format,
    /// Between the names in a short list (the terms' fold).
    list_separator,
    /// This language's name in itself, on the language switch of every page.
    language,
    /// The language switch's name, for a screen reader.
    language_nav,
    /// Shown in this language on a page in another, when this device last chose this one: the
    /// link to the same page in it.
    read_in,
    /// Over the translation of Japanese words that stay Japanese (the message sent, the desk
    /// view, the phone script): what they say, in this language.
    translation,
    /// The app's name under its icon on a home screen (about 12 characters at most).
    short_name,
}

impl Ui {
    /// Every text with placeholders, with the placeholders its place fills in.
    pub fn templates(&self) -> Vec<(&'static str, &str, &'static [&'static str])> {
        vec![
            ("stale_heading", &self.stale_heading, &["month"]),
            ("from_date", &self.from_date, &["date"]),
            ("until_date", &self.until_date, &["date"]),
            ("checked", &self.checked, &["date"]),
            ("causes", &self.causes, &["count"]),
            ("answers_fold", &self.answers_fold, &["count"]),
            ("more_checks", &self.more_checks, &["first", "count"]),
            ("message_intro", &self.message_intro, &["to"]),
            ("phone_only", &self.phone_only, &["to"]),
            ("reminder", &self.reminder, &["days"]),
            ("terms", &self.terms, &["names", "count"]),
            ("progress_last", &self.progress_last, &["step"]),
            ("progress_left", &self.progress_left, &["step", "left"]),
            ("situation", &self.situation, &["title"]),
            ("link_copy_failed", &self.link_copy_failed, &["url"]),
            ("day_format", &self.day_format, &["year", "month", "day"]),
            ("month_format", &self.month_format, &["year", "month"]),
        ]
    }
}

impl Ui {
    /// A day (`2025-12-02`) as the language writes it (`ui.day_format`: 2025年12月2日); anything else
    /// as given.
    pub fn day(&self, date: &str) -> String {
        date.parse::<Day>().map_or_else(
            |()| date.to_string(),
            |d| {
                fill(
                    &self.day_format,
                    &[("year", &d.year.to_string()), ("month", &d.month.to_string()), ("day", &d.day.to_string())],
                )
            },
        )
    }

    /// The month of a day (`2026-12-04`) as the language writes it (`ui.month_format`: 2026年12月);
    /// anything else as given.
    pub fn month_of(&self, date: &str) -> String {
        date.parse::<Day>().map_or_else(
            |()| date.to_string(),
            |d| fill(&self.month_format, &[("year", &d.year.to_string()), ("month", &d.month.to_string())]),
        )
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}
