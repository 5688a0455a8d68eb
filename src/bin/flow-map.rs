//! Prints the guide's flow as a Graphviz graph (see `Guide::flow_map`); `./x map` writes it to
//! `docs/flow.dot` and renders `docs/flow.svg` from it.

use myna_diagnosis::diagnosis::{guide, Lang};
use std::process::ExitCode;

fn main() -> ExitCode {
    match guide(Lang::Ja) {
        Ok(g) => {
            print!("{}", g.flow_map());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("flow-map: assets/diagnosis.json is invalid: {e}");
            ExitCode::FAILURE
        }
    }
}
