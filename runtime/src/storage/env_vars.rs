//! The deployment's environment variables (`npx convex env`), with the backend's rules for
//! names and values. Another process (`convexkit env set` beside a running `convexkit dev`)
//! may change them at any time: [`Store::env_vars_if_changed`] tells the server when.

use rusqlite::{params, OptionalExtension};

use super::{Result, StorageError, Store};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS env_vars (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
";

/// The backend's limits (convex-backend `common/src/types/environment_variables.rs`).
const MAX_NAME_LENGTH: usize = 256;
const MAX_VALUE_LENGTH: usize = 8 * 1024;
const MAX_COUNT: usize = 100;
/// Set by the deployment itself.
const BUILT_IN: [&str; 2] = ["CONVEX_CLOUD_URL", "CONVEX_SITE_URL"];

/// Why the backend would refuse `name` as an environment variable name.
pub fn check_name(name: &str) -> std::result::Result<(), String> {
    let mut chars = name.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !starts_well || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "The environment variable name {name} is invalid. Environment variable names must begin with a letter and may only include characters a-z, A-Z, 0-9, and underscores."
        ));
    }
    if name.len() > MAX_NAME_LENGTH {
        return Err(format!(
            "The environment variable name {name} is too long. Environment variable names must be less than {MAX_NAME_LENGTH}."
        ));
    }
    if BUILT_IN.contains(&name) {
        return Err(format!(
            "Environment variable with name \"{name}\" is built-in and cannot be overridden"
        ));
    }
    Ok(())
}

impl Store {
    /// Every variable, by name.
    pub fn env_vars(&self) -> Result<Vec<(String, String)>> {
        let connection = self.connection.borrow();
        let mut statement = connection.prepare("SELECT name, value FROM env_vars ORDER BY name")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn env_var(&self, name: &str) -> Result<Option<String>> {
        let connection = self.connection.borrow();
        Ok(connection
            .query_row(
                "SELECT value FROM env_vars WHERE name = ?1",
                params![name],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Sets `name` to `value`, or removes it (`None`; removing what is not there is no
    /// error, as on Convex).
    pub fn set_env_var(&self, name: &str, value: Option<&str>) -> Result<()> {
        check_name(name).map_err(StorageError)?;
        let connection = self.connection.borrow();
        match value {
            Some(value) => {
                if value.len() > MAX_VALUE_LENGTH {
                    return Err(StorageError(format!(
                        "The environment variable value is {} bytes, which is too large. (max size: {MAX_VALUE_LENGTH})",
                        value.len()
                    )));
                }
                let count: usize = connection.query_row(
                    "SELECT count(*) FROM env_vars WHERE name != ?1",
                    params![name],
                    |row| row.get(0),
                )?;
                if count >= MAX_COUNT {
                    return Err(StorageError(format!(
                        "The environment variable limit ({MAX_COUNT}) has been met."
                    )));
                }
                connection.execute(
                    "INSERT INTO env_vars (name, value) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    params![name, value],
                )?;
            }
            None => {
                connection.execute("DELETE FROM env_vars WHERE name = ?1", params![name])?;
            }
        }
        Ok(())
    }

    /// The variables when another connection committed to the database since the last
    /// call (the first call always answers); None when nothing can have changed.
    pub fn env_vars_if_changed(&self) -> Result<Option<Vec<(String, String)>>> {
        let version: i64 =
            self.connection
                .borrow()
                .pragma_query_value(None, "data_version", |row| row.get(0))?;
        if self.data_version.replace(Some(version)) == Some(version) {
            return Ok(None);
        }
        self.env_vars().map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_backend_rules() {
        assert!(check_name("API_KEY").is_ok());
        assert!(check_name("_private1").is_ok());
        for bad in ["", "1ABC", "A-B", "A B", "É"] {
            assert!(check_name(bad).unwrap_err().contains("invalid"), "{bad}");
        }
        assert!(check_name(&"A".repeat(257))
            .unwrap_err()
            .contains("too long"));
        assert!(check_name("CONVEX_SITE_URL")
            .unwrap_err()
            .contains("built-in"));
    }

    #[test]
    fn another_connection_changing_variables_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let server = Store::open(&path).unwrap();
        let cli = Store::open(&path).unwrap();
        assert_eq!(server.env_vars_if_changed().unwrap(), Some(Vec::new()));
        assert_eq!(server.env_vars_if_changed().unwrap(), None);
        cli.set_env_var("API_KEY", Some("secret")).unwrap();
        assert_eq!(
            server.env_vars_if_changed().unwrap(),
            Some(vec![("API_KEY".into(), "secret".into())])
        );
        assert_eq!(server.env_vars_if_changed().unwrap(), None);
        cli.set_env_var("API_KEY", None).unwrap();
        cli.set_env_var("API_KEY", None).unwrap();
        assert_eq!(server.env_var("API_KEY").unwrap(), None);
        assert_eq!(server.env_vars_if_changed().unwrap(), Some(Vec::new()));
        let too_large = "x".repeat(8 * 1024 + 1);
        assert!(cli.set_env_var("BIG", Some(&too_large)).is_err());
    }
}
