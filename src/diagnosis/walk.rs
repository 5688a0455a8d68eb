//! The walk: from the answers given so far to the next question or to a result.

use super::error::LinkError;
use super::model::{Answer, Guide, Next, Outcome, Question};
use super::ui::fill;

/// A question and the answer given to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Taken<'g> {
    /// The question asked.
    pub question: &'g Question,
    /// The answer chosen.
    pub answer: &'g Answer,
}

/// Where a walk stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum End<'g> {
    /// This question is to be answered next.
    Ask(&'g Question),
    /// The answers lead to this result.
    Show(&'g Outcome),
}

/// The answers given, in order, and where they lead.
///
/// A result opened from a link without answers has an empty `taken`.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'g> {
    /// Every question answered so far, first question first.
    pub taken: Vec<Taken<'g>>,
    /// The next question, or the result.
    pub end: End<'g>,
}

impl<'g> Walk<'g> {
    /// The walk one answer further: `answer` given to the question this walk asks. Answering
    /// the result of a walk that has ended changes nothing.
    pub fn then(&self, guide: &'g Guide, answer: &'g Answer) -> Walk<'g> {
        let End::Ask(question) = self.end else { return self.clone() };
        let mut taken = self.taken.clone();
        taken.push(Taken { question, answer });
        let end = match &answer.next {
            Next::Question(next) => End::Ask(guide.get(next)),
            Next::Result(result) => End::Show(guide.get(result)),
        };
        Walk { taken, end }
    }

    /// The answer ids, in order: what a link carries.
    pub fn answer_ids(&self) -> Vec<&'g str> {
        self.taken.iter().map(|t| t.answer.id.as_str()).collect()
    }

    /// "2 / 4"-style progress: how many questions are answered, and the longest the flow can
    /// still be from here (so the total never shrinks below what is already done).
    pub fn progress(&self, guide: &Guide) -> (usize, usize) {
        let done = self.taken.len();
        match self.end {
            End::Show(_) => (done, done),
            End::Ask(q) => (done + 1, done + guide.depth_from(q)),
        }
    }

    /// How a question screen says where the person is: its number, and at most how many
    /// questions may follow. Said this way, the count never jumps (a "1 / 5" followed by
    /// "2 / 2" read as a mistake); empty where there is no question.
    pub fn progress_label(&self, guide: &Guide) -> String {
        let End::Ask(_) = self.end else { return String::new() };
        let (step, total) = self.progress(guide);
        match total - step {
            0 => fill(&guide.ui.progress_last, &[("step", &step.to_string())]),
            left => fill(&guide.ui.progress_left, &[("step", &step.to_string()), ("left", &left.to_string())]),
        }
    }

    /// Whether the reader may be standing at a reception desk: unless the walk began with an
    /// answer away from one. A link without answers may be opened anywhere (it is what people
    /// send), so it counts as at the counter.
    pub fn at_counter(&self) -> bool {
        !self.taken.first().is_some_and(|t| t.answer.at_home)
    }
}

impl Guide {
    /// Follows `answers` from the start question.
    ///
    /// Answers come from links, so an unknown answer or answers past a result are errors, never
    /// panics; where the answers lead is proven to exist (see `Ref`).
    pub fn walk<S: AsRef<str>>(&self, answers: &[S]) -> Result<Walk<'_>, LinkError> {
        let mut question = self.get(&self.meta.start);
        let mut taken = Vec::with_capacity(answers.len());
        for (i, given) in answers.iter().enumerate() {
            let given = given.as_ref();
            let answer = question
                .answers
                .iter()
                .find(|a| a.id == given)
                .ok_or_else(|| LinkError::UnknownAnswer { question: question.id.clone(), answer: given.to_string() })?;
            taken.push(Taken { question, answer });
            match &answer.next {
                Next::Question(id) => question = self.get(id),
                Next::Result(id) => {
                    if i + 1 != answers.len() {
                        return Err(LinkError::AnswersDoNotFit);
                    }
                    return Ok(Walk { taken, end: End::Show(self.get(id)) });
                }
            }
        }
        Ok(Walk { taken, end: End::Ask(question) })
    }

    /// The answers that lead to a question. The flow is a tree (validation ensures it), so
    /// there is exactly one such list for each reachable question.
    pub fn trail_to(&self, question: &Question) -> Option<Vec<&str>> {
        let mut trail = Vec::new();
        let mut target = question;
        // Bounded: a valid flow is a tree no deeper than the number of questions.
        for _ in 0..=self.questions.len() {
            if self.meta.start.is(target) {
                trail.reverse();
                return Some(trail);
            }
            let (parent, answer) = self.questions.iter().find_map(|q| {
                q.answers.iter().find(|a| matches!(&a.next, Next::Question(n) if n.is(target))).map(|a| (q, a))
            })?;
            trail.push(answer.id.as_str());
            target = parent;
        }
        None
    }

    /// The most questions still to answer from `question` (itself included) to any result.
    fn depth_from(&self, question: &Question) -> usize {
        fn depth(guide: &Guide, q: &Question, budget: usize) -> usize {
            if budget == 0 {
                return 1;
            }
            1 + q
                .answers
                .iter()
                .filter_map(|a| match &a.next {
                    Next::Question(id) => Some(depth(guide, guide.get(id), budget - 1)),
                    Next::Result(_) => None,
                })
                .max()
                .unwrap_or(0)
        }
        depth(self, question, self.questions.len())
    }
}
