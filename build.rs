//! Writes what the app embeds of the guide (see `src/diagnosis/texts.rs`): its structure once,
//! and each language's texts: Japanese from `assets/diagnosis.json`, every other language from
//! the Japanese with its texts replaced from `assets/i18n/<code>.json`. A missing, empty, extra
//! or outdated translation stops the build here, naming the file, the key and the language.

#[path = "src/diagnosis/texts.rs"]
mod texts;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=assets/diagnosis.json");
    println!("cargo:rerun-if-changed=assets/i18n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let japanese = read(Path::new("assets/diagnosis.json"));
    let ja = texts::layout(&japanese).unwrap_or_else(|e| fail(&format!("assets/diagnosis.json: {e}")));
    let same = |json: &str| serde_json::from_str::<serde_json::Value>(json).ok();
    if same(&texts::assemble(&ja.structure, &ja.texts)) != same(&japanese) {
        fail("assets/diagnosis.json: its structure and texts do not put it back together");
    }
    write(&out.join("guide.structure"), &ja.structure);
    write(&out.join("texts.ja"), &ja.texts);

    let mut files: Vec<PathBuf> = std::fs::read_dir("assets/i18n")
        .unwrap_or_else(|e| fail(&format!("assets/i18n: {e}")))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let file = format!("assets/i18n/{lang}.json");
        let translated = texts::translate(&japanese, &read(&path), &lang, &file)
            .and_then(|guide| texts::layout(&guide).map_err(|e| format!("{file}: {e}")));
        match translated {
            Ok(layout) if layout.structure == ja.structure => write(&out.join(format!("texts.{lang}")), &layout.texts),
            Ok(_) => problems.push(format!("{file}: changes more than the texts")),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        fail(&problems.join("\n"));
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("\nThe guide's texts cannot be built:\n{message}\n");
    std::process::exit(1)
}
