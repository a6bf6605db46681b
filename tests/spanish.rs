//! The printing commands in the user's language: Spanish from `LANG`, or
//! from `language` in the config, which wins over the environment; English
//! from `LANG=C` or `language = "en"`. What `--json` prints is data and reads
//! the same in both. A config error in Spanish keeps its place and its key.

mod common;

use std::fs;
use std::process::Output;

use common::Sandbox;

/// `letdown ARGS` with `LANG` set to `lang` and nothing else naming a language.
fn run_in(sandbox: &Sandbox, lang: &str, args: &[&str]) -> Output {
    sandbox
        .letdown()
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .output()
        .expect("letdown runs")
}

/// What `letdown ARGS` printed under `LANG=lang`, expecting success.
fn stdout_in(sandbox: &Sandbox, lang: &str, args: &[&str]) -> String {
    let output = run_in(sandbox, lang, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 on stdout")
}

/// What `letdown ARGS` said on stderr under `LANG=lang`, expecting exit code 2.
fn refusal_in(sandbox: &Sandbox, lang: &str, args: &[&str]) -> String {
    let output = run_in(sandbox, lang, args);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 on stderr");
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Two sessions yesterday, entered with `letdown add` in English.
fn two_sessions() -> Sandbox {
    let sandbox = Sandbox::new();
    for (at, mins, letdowns) in [("07:10", "20", "3"), ("11:10", "25", "2")] {
        stdout_in(
            &sandbox,
            "C",
            &[
                "add",
                "--date",
                "yesterday",
                "--at",
                at,
                "--mins",
                mins,
                "--letdowns",
                letdowns,
                "--left",
                "40ml",
                "--right",
                "35ml",
            ],
        );
    }
    sandbox
}

fn write_config(sandbox: &Sandbox, text: &str) {
    let file = sandbox.config_file();
    fs::create_dir_all(file.parent().expect("a folder")).expect("the config folder");
    fs::write(file, text).expect("the config");
}

#[test]
fn log_reads_in_spanish_from_lang() {
    let sandbox = two_sessions();
    let log = stdout_in(&sandbox, "es_ES.UTF-8", &["log", "yesterday"]);
    assert!(
        log.contains(
            "inicio    duración    bajadas  primera  volumen I/D/total ml  comodidad  nota"
        ),
        "{log}"
    );
    assert!(log.contains("mayor intervalo "), "{log}");
    let empty = stdout_in(&sandbox, "es_ES.UTF-8", &["log", "2020-01-01"]);
    assert!(empty.ends_with("\nAún no hay sesiones.\n"), "{empty}");
}

#[test]
fn stats_reads_in_spanish_from_lang() {
    let sandbox = two_sessions();
    let stats = stdout_in(&sandbox, "es_ES.UTF-8", &["stats", "--days", "3"]);
    for phrase in [
        "\ndía ",
        " sesiones  extracción    bajadas  volumen\n",
        "\nTu patrón (0 sesiones, medianas):\n",
        "\n  primera bajada a los  -\n",
        "\nLeche:\n",
        "\nPor momento del día:\n",
    ] {
        assert!(stats.contains(phrase), "{phrase:?} in:\n{stats}");
    }
}

#[test]
fn lang_c_and_language_en_give_english() {
    let sandbox = two_sessions();
    let english = stdout_in(&sandbox, "C", &["stats", "--days", "3"]);
    assert!(
        english.contains("\nYour pattern (0 sessions, medians):\n"),
        "{english}"
    );
    let log = stdout_in(&sandbox, "C", &["log", "2020-01-01"]);
    assert!(log.ends_with("\nNo sessions yet.\n"), "{log}");

    write_config(&sandbox, "language = \"en\"\n");
    let chosen = stdout_in(&sandbox, "es_ES.UTF-8", &["stats", "--days", "3"]);
    assert!(
        chosen.contains("\nYour pattern (0 sessions, medians):\n"),
        "{chosen}"
    );
    let log = stdout_in(&sandbox, "es_ES.UTF-8", &["log", "yesterday"]);
    assert!(log.contains("start     duration  let-downs"), "{log}");
}

#[test]
fn language_es_in_the_config_wins_over_lang() {
    let sandbox = two_sessions();
    write_config(&sandbox, "language = \"es\"\n");
    let log = stdout_in(&sandbox, "en_US.UTF-8", &["log", "2020-01-01"]);
    assert!(log.ends_with("\nAún no hay sesiones.\n"), "{log}");
    let stats = stdout_in(&sandbox, "en_US.UTF-8", &["stats", "--days", "3"]);
    assert!(stats.contains("\nTu patrón ("), "{stats}");
}

#[test]
fn the_report_reads_in_spanish() {
    let sandbox = two_sessions();
    let page = stdout_in(
        &sandbox,
        "es_ES.UTF-8",
        &["report", "--days", "3", "-o", "-"],
    );
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"es\""),
        "{page}"
    );
    for heading in [
        "<h1>Registro de extracciones</h1>",
        "<h2>En breve</h2>",
        "<h2>Cada día</h2>",
        "<h2>Bajadas, sesión a sesión</h2>",
        "<h2>Comodidad y notas</h2>",
    ] {
        assert!(page.contains(heading), "{heading}");
    }
    let english = stdout_in(&sandbox, "C", &["report", "--days", "3", "-o", "-"]);
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\""));
    assert!(english.contains("<h2>In short</h2>"));

    let markdown = stdout_in(
        &sandbox,
        "es_ES.UTF-8",
        &["report", "--days", "3", "--format", "md", "-o", "-"],
    );
    assert!(
        markdown.starts_with("# Registro de extracciones: "),
        "{markdown}"
    );
    assert!(markdown.contains("\n## En breve\n"), "{markdown}");
}

#[test]
fn a_config_error_reads_in_spanish_with_its_place_and_key() {
    let sandbox = Sandbox::new();
    write_config(&sandbox, "[session]\nstall_secs = \"x\"\n");
    let said = refusal_in(&sandbox, "es_ES.UTF-8", &["log"]);
    let place = format!(
        "{}:2:14: session.stall_secs: ",
        sandbox.config_file().display()
    );
    assert!(
        said.contains(&format!(
            "{place}se esperaba un número entero de segundos, como 360, no \"x\""
        )),
        "{said}"
    );
    let english = refusal_in(&sandbox, "C", &["log"]);
    assert!(
        english.contains(&format!(
            "{place}expected a whole number of seconds, like 360, not \"x\""
        )),
        "{english}"
    );
}

#[test]
fn an_unknown_language_is_an_error_naming_the_shipped_ones() {
    let sandbox = Sandbox::new();
    write_config(&sandbox, "units = \"ml\"\nlanguage = \"fr\"\n");
    for lang in ["C", "es_ES.UTF-8"] {
        let said = refusal_in(&sandbox, lang, &["log"]);
        let place = format!("{}:2:", sandbox.config_file().display());
        assert!(said.contains(&place), "{said}");
        assert!(said.contains(": language: "), "{said}");
        assert!(said.contains("\"en\"") && said.contains("\"es\""), "{said}");
    }
}

#[test]
fn json_is_the_same_in_both_languages() {
    let sandbox = two_sessions();
    for args in [
        &["log", "yesterday", "--json"][..],
        &["stats", "--days", "3", "--json"],
        &["status", "--json"],
    ] {
        // Twice at most: a minute may turn between the two runs.
        let same = (0..2)
            .any(|_| stdout_in(&sandbox, "C", args) == stdout_in(&sandbox, "es_ES.UTF-8", args));
        assert!(same, "{args:?} differs by language");
    }
}

#[test]
fn add_trash_and_status_answer_in_spanish() {
    let sandbox = two_sessions();
    let es = "es_ES.UTF-8";
    let overlap = refusal_in(
        &sandbox,
        es,
        &[
            "add",
            "--date",
            "yesterday",
            "--at",
            "07:15",
            "--mins",
            "20",
        ],
    );
    assert!(
        overlap.contains("se solapa con la sesión de las 07:10")
            && overlap.contains("no se añadió nada (--force la añade de todos modos)"),
        "{overlap}"
    );
    let added = stdout_in(
        &sandbox,
        es,
        &[
            "add",
            "--date",
            "yesterday",
            "--at",
            "15:00",
            "--mins",
            "10",
        ],
    );
    assert!(added.starts_with("sesión del "), "{added}");
    assert!(added.contains("sin cuenta de bajadas"), "{added}");
    let trash = stdout_in(&sandbox, es, &["trash"]);
    assert_eq!(
        trash,
        "La papelera está vacía: no hay ninguna sesión borrada esperando.\n"
    );
    let status = stdout_in(&sandbox, es, &["status"]);
    assert!(status.starts_with("última extracción hace "), "{status}");
}
