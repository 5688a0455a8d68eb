//! The answers given, each with a link back to its question to change it.

use super::{AppLink, GuideRef};
use crate::diagnosis::{fill, Guide, Place, Walk};
use yew::prelude::*;

/// One answered question, ready to show.
#[derive(PartialEq, Clone)]
pub struct AnsweredRow {
    /// The question.
    pub question: AttrValue,
    /// The answer given.
    pub answer: AttrValue,
    /// The question's page, with the answer marked as chosen.
    pub change: Place,
}

impl AnsweredRow {
    /// The rows of a walk, first question first.
    pub fn of(guide: &Guide, walk: &Walk<'_>) -> Vec<AnsweredRow> {
        (0..walk.taken.len())
            .filter_map(|i| {
                let taken = walk.taken[i];
                Some(AnsweredRow {
                    question: taken.question.text.clone().into(),
                    answer: taken.answer.label.clone().into(),
                    change: guide.revisit(walk, i)?,
                })
            })
            .collect()
    }
}

/// Props of [`AnswerSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerSummaryProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The answered questions.
    pub rows: Vec<AnsweredRow>,
}

/// See the module docs.
#[component]
pub fn AnswerSummary(props: &AnswerSummaryProps) -> Html {
    if props.rows.is_empty() {
        return Html::default();
    }
    let ui = &props.guide.ui;
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            // Said the same way for the person who answered and for someone they sent the link to.
            <h2 id="summary-heading">{ &ui.answers_heading }</h2>
            // Folded: the way to change an answer is one tap away, not in the reading path.
            <details class="fold">
            <summary>{ fill(&ui.answers_fold, &[("count", &props.rows.len().to_string())]) }</summary>
            <dl>
                { for props.rows.iter().map(|row| html! {
                    <div class="answered">
                        <dt>{ &row.question }</dt>
                        <dd>
                            <span>{ &row.answer }</span>
                            <AppLink to={row.change.clone()} class="change no-print">{ &ui.change }<span class="visually-hidden">{ format!(":{}", row.question) }</span></AppLink>
                        </dd>
                    </div>
                }) }
            </dl>
            </details>
        </section>
    }
}
