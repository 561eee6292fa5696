//! `convexkit env set|get|list|remove`: the deployment's environment variables, kept in the
//! project's database, with `npx convex env`'s arguments, output and exit codes. A running
//! `convexkit dev` sees a change at its next call.

use std::io::{IsTerminal, Read};
use std::path::Path;

use convexkit_runtime::storage::Store;

/// What `convexkit env` was asked to do.
pub enum Action {
    /// `set NAME VALUE` or `set NAME=value`.
    Set {
        name: String,
        value: Option<String>,
    },
    Get {
        name: String,
    },
    List {
        names_only: bool,
    },
    Remove {
        name: String,
    },
}

pub fn run(project: &Path, database: Option<&Path>, action: Action) -> u8 {
    let database = super::database_of(project, database);
    let store = match Store::open(&database) {
        Ok(store) => store,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let done = match action {
        Action::Set { name, value } => {
            let (name, value) = match split_assignment(&name, value) {
                Ok(pair) => pair,
                Err(message) => {
                    eprintln!("error: {message}");
                    return 1;
                }
            };
            store
                .set_env_var(&name, Some(&value))
                .map(|()| eprintln!("✔ Successfully set {name}"))
        }
        Action::Get { name } => store.env_var(&name).map(|value| match value {
            Some(value) => println!("{value}"),
            // As the official CLI: a message, and success.
            None => eprintln!("✖ Environment variable \"{name}\" not found"),
        }),
        Action::List { names_only } => store.env_vars().map(|vars| {
            if vars.is_empty() {
                eprintln!("No environment variables set");
            }
            for (name, value) in vars {
                if names_only {
                    println!("{name}");
                    continue;
                }
                let (formatted, warning) = dotenv_value(&value);
                if let Some(warning) = warning {
                    eprintln!("Warning ({name}): {warning}");
                }
                println!("{name}={formatted}");
            }
        }),
        Action::Remove { name } => store
            .set_env_var(&name, None)
            .map(|()| eprintln!("✔ Successfully unset {name}")),
    };
    match done {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("error: {error}");
            1
        }
    }
}

/// `NAME=value` as one argument, or `NAME` and `VALUE`; not both (as the official CLI).
fn split_assignment(name: &str, value: Option<String>) -> Result<(String, String), String> {
    let assignment = name.split_once('=').filter(|(n, _)| {
        n.starts_with(|c: char| c.is_ascii_alphabetic())
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    match (assignment, value) {
        (Some((n, v)), None) => Ok((n.to_string(), v.to_string())),
        (Some(_), Some(value)) => Err(format!(
            "When setting an environment variable, you can either set a value with 'NAME=value', or with NAME value, but not both. Are you missing quotes around the CLI argument? Try: \n  convexkit env set '{name} {value}'"
        )),
        (None, Some(value)) => Ok((name.to_string(), value)),
        // `echo "$SECRET" | convexkit env set NAME`: the value stays out of shell history.
        (None, None) if !std::io::stdin().is_terminal() => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("failed to read from stdin: {e}"))?;
            let value = text.strip_suffix('\n').unwrap_or(&text).to_string();
            Ok((name.to_string(), value))
        }
        (None, None) => Err(format!(
            "no value for {name}: `convexkit env set {name} VALUE`, `convexkit env set {name}=VALUE`, or the value on stdin"
        )),
    }
}

/// A value as a `.env` line holds it, and why it may not read back the same (the official
/// CLI's `env list` quoting).
fn dotenv_value(value: &str) -> (String, Option<String>) {
    let single = value.contains('\'');
    let double = value.contains('"');
    let escaped_newline = value.contains("\\n");
    let comment = value.contains('#').then_some(
        "includes a '#' which may be interpreted as a comment if you save this value to a .env file, resulting in only reading a partial value.",
    );
    let (mut formatted, mut warning) = (value.to_string(), None::<String>);
    if value.contains('\n') {
        if !single {
            formatted = format!("'{value}'");
        } else if !escaped_newline {
            if double {
                warning = comment.map(str::to_string);
            }
            formatted = format!("\"{}\"", value.replace('\n', "\\n"));
        } else {
            formatted = format!("'{value}'");
            warning = Some("includes single quotes, newlines and \"\\n\" in the value. If you save this value to a .env file, it may not round-trip.".into());
        }
    } else if (value.len() >= 2 && value.starts_with('"') && value.ends_with('"'))
        || (value.len() >= 2 && value.starts_with('\'') && value.ends_with('\''))
        || value.starts_with('`')
        || value.ends_with('`')
        || value.contains('\u{c}')
        || value.contains('\u{b}')
        || comment.is_some()
    {
        if single && !double && !escaped_newline {
            formatted = format!("\"{value}\"");
        } else {
            formatted = format!("'{value}'");
            if single {
                warning = comment.map(str::to_string);
            }
        }
    }
    if value.contains('\r') {
        let before = warning.map(|w| format!("{w} It also ")).unwrap_or_default();
        warning = Some(format!(
            "{before}includes carriage return (\\r) which cannot be preserved in .env files (dotenv limitation)"
        ));
    }
    (formatted, warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_quoted_as_the_official_cli_lists_them() {
        assert_eq!(dotenv_value("plain"), ("plain".into(), None));
        assert_eq!(dotenv_value("a\nb"), ("'a\nb'".into(), None));
        assert_eq!(dotenv_value("it's\nx"), ("\"it's\\nx\"".into(), None));
        let (formatted, warning) = dotenv_value("a#b");
        assert_eq!(formatted, "'a#b'");
        assert!(warning.is_none(), "no single quote: quoting keeps the #");
        assert_eq!(dotenv_value("'quoted'").0, "\"'quoted'\"");
        assert!(dotenv_value("x\r").1.unwrap().contains("carriage return"));
    }

    #[test]
    fn a_value_comes_as_name_equals_value_or_as_a_second_argument() {
        assert_eq!(
            split_assignment("KEY=a=b", None),
            Ok(("KEY".into(), "a=b".into()))
        );
        assert_eq!(
            split_assignment("KEY", Some("v".into())),
            Ok(("KEY".into(), "v".into()))
        );
        assert!(split_assignment("KEY=a", Some("b".into())).is_err());
    }
}
