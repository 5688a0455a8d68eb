//! The flow map for editors (`./x map`): it shows every question, answer and result of the data,
//! and the drawing in docs/ is the one the data gives today.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Next;

#[test]
fn the_map_shows_every_question_answer_and_result() {
    let g = shipped();
    let map = g.flow_map();
    for q in &g.questions {
        assert!(map.contains(&format!("  \"q:{}\" [", q.id)), "question {} has no node", q.id);
        for a in &q.answers {
            let to = match &a.next {
                Next::Question(id) => format!("q:{id}"),
                Next::Result(id) => format!("r:{id}"),
            };
            let edge = format!("  \"q:{}\" -> \"{to}\" [label=", q.id);
            assert!(map.contains(&edge), "answer {}.{} has no arrow", q.id, a.id);
            assert!(map.contains(&format!("[{}]\"];", a.id)), "answer {}.{} is not named", q.id, a.id);
        }
    }
    for r in &g.results {
        assert!(map.contains(&format!("  \"r:{}\" [", r.id)), "result {} has no node", r.id);
    }
    let nodes = map.lines().filter(|l| l.contains(" [shape=")).count();
    assert_eq!(nodes, g.questions.len() + g.results.len(), "one node per question and result, nothing else");
}

#[test]
fn the_drawn_map_is_the_one_the_data_gives_today() {
    let drawn = include_str!("../docs/flow.dot");
    assert!(
        drawn == shipped().flow_map(),
        "docs/flow.dot is out of date: run ./x map and commit docs/flow.dot and docs/flow.svg"
    );
    let svg = include_str!("../docs/flow.svg");
    for r in &shipped().results {
        // Graphviz writes each node's name as its title, with `-` as `&#45;`.
        let title = format!("<title>r:{}</title>", r.id.replace('-', "&#45;"));
        assert!(svg.contains(&title), "docs/flow.svg has no node for result {}: run ./x map", r.id);
    }
}
