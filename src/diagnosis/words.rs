//! What a person can send or say about a result: a message to copy, a script to read out on the
//! phone, and a calendar reminder to check again. All of it is made from the data and the
//! answers, on the device; nothing is sent anywhere.

use super::day::Day;
use super::link::Answers;
use super::model::{Guide, Outcome, Term, Voiced};
use super::ui::fill;
use super::walk::Walk;

/// Whom the words to send speak for: the person themself, or a relative on their behalf
/// (one of the data's `reading.voice.relations`, such as 「父」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice<'g> {
    /// The person writes or calls about their own card.
    #[default]
    Own,
    /// A family member writes or calls for the person: 「父のマイナ保険証のことで…」.
    For(&'g str),
}

impl Voiced {
    /// The wording for `voice`, with `{who}` filled in.
    pub fn said(&self, voice: Voice<'_>) -> String {
        match voice {
            Voice::Own => self.own.clone(),
            Voice::For(who) => self.on_behalf.replace("{who}", who),
        }
    }
}

/// Items as blanks to fill in, one per line: `・保険者名:`.
fn blank_lines(items: &[String]) -> String {
    items.iter().map(|m| format!("・{m}:")).collect::<Vec<_>>().join("\n")
}

impl Guide {
    /// The voice a walk starts in: on the person's behalf («家族», the last relation) when an
    /// answer says whoever chose it is looking things up for someone; else the person's own.
    pub fn voice_of(&self, walk: &Walk<'_>) -> Voice<'_> {
        match self.reading.voice.relations.last() {
            Some(family) if walk.taken.iter().any(|t| t.answer.on_behalf) => Voice::For(family),
            _ => Voice::Own,
        }
    }

    /// A first-person sentence as said for `voice`: 「わたしの」 becomes 「本人の」 on someone's
    /// behalf.
    fn in_voice(&self, text: &str, voice: Voice<'_>) -> String {
        match voice {
            Voice::Own => text.to_string(),
            Voice::For(_) => {
                self.reading.voice.for_words.iter().fold(text.to_string(), |t, (mine, theirs)| t.replace(mine, theirs))
            }
        }
    }

    /// The situation in the person's words: each answer as the sentence it stands for, or, when
    /// the link carries no answers, the result's title.
    fn situation(&self, walk: &Walk<'_>, result: &Outcome) -> Vec<String> {
        if walk.taken.is_empty() {
            return vec![fill(&self.ui.situation, &[("title", &result.title)])];
        }
        walk.taken.iter().map(|t| t.answer.says.clone()).collect()
    }

    /// The memo's items as blanks to fill in, one per line: `・保険者名:`.
    fn memo_blanks(&self) -> String {
        blank_lines(&self.contacts.memo)
    }

    /// The memo as copied: its title, the blanks, then what to have at hand as a sentence, so
    /// the copy ends in words rather than a colon.
    pub fn memo_text(&self) -> String {
        format!("{}\n{}\n{}", self.contacts.memo_title, self.memo_blanks(), self.contacts.memo_ready)
    }

    /// A message to paste into LINE or mail for whoever `ask.dear` names, in `voice`, with the
    /// memo's items as blanks to fill in; `None` where the contact is by telephone only.
    pub fn message(&self, walk: &Walk<'_>, result: &Outcome, voice: Voice<'_>) -> Option<String> {
        let dear = result.ask.dear.as_deref()?;
        let words = &self.reading.voice;
        Some(format!(
            "{dear}\n\n{opening}\n\n{situation_heading}\n{situation}\n\n{question_heading}\n{question}\n\n{info}\n{blanks}\n\n{closing}",
            situation_heading = self.ui.situation_heading,
            question_heading = self.ui.question_heading,
            closing = self.ui.closing,
            opening = words.message_opening.said(voice),
            situation = self.in_voice(&self.situation(walk, result).join("\n"), voice),
            question = self.in_voice(&result.ask.question, voice),
            info = words.info_heading.said(voice),
            blanks = {
                // What this recipient needs to find the record: HR the date of joining, an
                // insurer the 記号・番号 (the memo's items).
                let blanks = if result.ask.blanks.is_empty() { self.memo_blanks() } else { blank_lines(&result.ask.blanks) };
                match voice {
                    Voice::Own => blanks,
                    Voice::For(_) => format!("{blanks}\n・{}:", words.caller_blank),
                }
            },
        ))
    }

    /// What to say on the phone in `voice`, line by line, with the memo's items as blanks.
    pub fn phone_script(&self, result: &Outcome, voice: Voice<'_>) -> Vec<String> {
        let words = &self.reading.voice;
        let mut lines = vec![words.phone_opening.said(voice)];
        if let Voice::For(_) = voice {
            lines.push(words.caller_line.clone());
        }
        lines.push(fill(&self.ui.situation, &[("title", &result.title)]));
        lines.push(self.in_voice(&result.ask.question, voice));
        lines.extend(self.contacts.memo.iter().map(|m| words.phone_memo.said(voice).replace("{item}", m)));
        lines
    }

    /// The same words in `other`, another language's guide: the walk by its answers' ids, the
    /// result by its id, the voice by the relation's place in the list (父 is father). What stays
    /// Japanese (the message sent, the phone script, the desk view) is made from the Japanese
    /// guide this way, and shown beside the reader's language.
    pub fn same_in<'o>(
        &self,
        other: &'o Guide,
        walk: &Walk<'_>,
        result: &Outcome,
        voice: Voice<'_>,
    ) -> Option<(Walk<'o>, &'o Outcome, Voice<'o>)> {
        let answers =
            (!walk.taken.is_empty()).then(|| Answers(walk.answer_ids().into_iter().map(str::to_string).collect()));
        let (walk, result) = other.walk_to_result(&result.id, answers.as_ref()).ok()?;
        let voice = match voice {
            Voice::Own => Voice::Own,
            Voice::For(who) => {
                let at = self.reading.voice.relations.iter().position(|r| r == who)?;
                Voice::For(other.reading.voice.relations.get(at)?)
            }
        };
        Some((walk, result, voice))
    }

    /// The same term in `other`, another language's guide (terms are matched by their place in
    /// the glossary).
    pub fn term_in<'o>(&self, other: &'o Guide, term: &Term) -> Option<&'o Term> {
        let at = self.glossary.iter().position(|t| std::ptr::eq(t, term))?;
        other.glossary.get(at)
    }

    /// A result's 「こんなとき」 line: the phrases people hear in it, one after another.
    pub fn heard_line(&self, result: &Outcome) -> String {
        format!("{}: {}", self.index.heard, result.heard.join(" / "))
    }

    /// The glossary terms a result's page uses where a person reads first (title, summary,
    /// what to do at the counter, the numbered steps), in the order they first appear.
    pub fn terms_on(&self, result: &Outcome) -> Vec<&Term> {
        let counter = result.desk.then(|| self.get(&self.meta.counter));
        let mut text = format!("{}\n{}", result.title, result.summary);
        for check in counter.into_iter().chain(self.numbered_checks(result)) {
            for step in &check.steps {
                text.push('\n');
                text.push_str(&step.text);
            }
        }
        // Longer terms first, masked once found, so 資格情報 is not also found inside
        // 資格情報のお知らせ. Masking keeps byte offsets, which give the order of first use; so
        // does ignoring the case of Latin letters (an English term that starts a sentence).
        text.make_ascii_lowercase();
        let mut longest_first: Vec<&Term> = self.glossary.iter().collect();
        longest_first.sort_by_key(|t| std::cmp::Reverse(t.term.len()));
        let mut found = Vec::new();
        for term in longest_first {
            let word = term.term.to_ascii_lowercase();
            if let Some(at) = text.find(&word) {
                found.push((at, term));
                text = text.replace(&word, &"\0".repeat(word.len()));
            }
        }
        found.sort_by_key(|(at, _)| *at);
        found.into_iter().map(|(_, t)| t).collect()
    }
}

impl Outcome {
    /// An iCalendar file with one all-day event `recheck_days` after `today`, titled `title`
    /// (`ui.reminder_title`), reminding the person to check again and linking back to `url`.
    /// `None` where waiting is not the answer.
    pub fn reminder(&self, today: Day, url: &str, title: &str) -> Option<String> {
        let days = self.recheck_days?;
        let on = today.plus(days);
        let end = on.plus(1);
        // Text values escape backslash, comma, semicolon and newline (RFC 5545, 3.3.11).
        let escape = |s: &str| s.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;").replace('\n', "\\n");
        let lines = [
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            "PRODID:-//myna-diagnosis//JA".to_string(),
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}@myna-diagnosis", self.id, on.ical()),
            format!("DTSTAMP:{}T000000Z", today.ical()),
            format!("DTSTART;VALUE=DATE:{}", on.ical()),
            format!("DTEND;VALUE=DATE:{}", end.ical()),
            format!("SUMMARY:{}", escape(title)),
            format!("DESCRIPTION:{}", escape(&format!("{}\n{url}", self.title))),
            format!("URL:{url}"),
            "END:VEVENT".to_string(),
            "END:VCALENDAR".to_string(),
        ];
        Some(lines.join("\r\n") + "\r\n")
    }
}
