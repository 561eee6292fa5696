//! What an administrator does to a deployment from outside its functions: the dashboard's
//! (and scripts') reads and edits of each instance's tables, files, scheduled jobs, cron
//! jobs and env vars, and the list of its functions. Reads and writes of documents go
//! through the instance's own syscalls, as a query or mutation of that instance would, so
//! they keep its schema validation, indexes and the subscriptions that watch them.

use serde::Serialize;
use serde_json::{json, Value as Json};

use convexkit_analysis::eval::Visibility;
use convexkit_analysis::model::DefinitionKind;

use crate::engine::isolate::Kind;
use crate::file_storage::{StoredFile, STORAGE_TABLE};
use crate::project::{now_ms, Address, LocalRuntime, RunError};
use crate::scheduler::SCHEDULED_FUNCTIONS;
use crate::storage::check_env_var_name;
use crate::syscalls::InstanceHost;

/// An installed instance (or the app, at path `""`).
#[derive(Debug, Clone, Serialize)]
pub struct InstanceSummary {
    pub path: String,
    /// The name it was installed under (`app` for the app).
    pub name: String,
    /// The npm package it comes from (None: the app or a local component).
    pub package: Option<String>,
    pub local: bool,
}

/// A table of an instance: what its schema declares and how many documents it holds.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableSummary {
    pub name: String,
    pub documents: u64,
    pub indexes: Vec<Json>,
    pub search_indexes: Vec<Json>,
    pub vector_indexes: Vec<Json>,
    /// The document validator (None: the schema does not validate, or there is no schema).
    pub validator: Option<Json>,
}

/// A function an instance defines.
#[derive(Debug, Clone, Serialize)]
pub struct FunctionSummary {
    /// `module:export`.
    pub path: String,
    pub module: String,
    pub name: String,
    pub kind: &'static str,
    pub visibility: &'static str,
    pub args: Option<Json>,
    pub returns: Option<Json>,
}

/// Which documents a page of a table shows.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    pub table: String,
    /// An index of the table, or `by_creation_time` (the default).
    pub index: Option<String>,
    pub descending: bool,
    /// (field path, value in JSON export form): documents whose field equals the value.
    pub filter: Vec<(String, Json)>,
    pub cursor: Option<String>,
    pub limit: usize,
}

/// The most documents one page may hold.
pub const MAX_PAGE: usize = 1000;

impl LocalRuntime {
    /// The app and every installed instance, depth first.
    pub fn instances(&self) -> Result<Vec<InstanceSummary>, RunError> {
        let inner = self.inner();
        inner
            .instance_paths()
            .into_iter()
            .map(|path| {
                let instance = inner.instance(&path)?;
                let definition = &inner.model.definitions[instance.definition];
                let (package, local) = match &definition.kind {
                    DefinitionKind::App => (None, false),
                    DefinitionKind::Local => (None, true),
                    DefinitionKind::Package { package } => (Some(package.clone()), false),
                };
                let name = match path.rsplit_once('/') {
                    _ if path.is_empty() => "app".to_string(),
                    Some((_, name)) => name.to_string(),
                    None => path.clone(),
                };
                Ok(InstanceSummary {
                    path,
                    name,
                    package,
                    local,
                })
            })
            .collect()
    }

    /// The tables of `instance`: its schema's and any other holding documents (system
    /// tables left out), by name.
    pub fn tables(&self, instance: &str) -> Result<Vec<TableSummary>, RunError> {
        let inner = self.inner();
        let schemas = inner.instance(instance)?.tables.borrow().clone();
        let mut names: Vec<String> = schemas.keys().cloned().collect();
        for table in inner.store.tables_of(instance)? {
            if !table.name.starts_with('_') && !names.contains(&table.name) {
                names.push(table.name);
            }
        }
        names.sort();
        names
            .into_iter()
            .map(|name| {
                let documents = match inner.store.table(instance, &name, false)? {
                    Some(table) => inner.store.count(table.number)?,
                    None => 0,
                };
                let schema = schemas.get(&name).cloned().unwrap_or_default();
                Ok(TableSummary {
                    documents,
                    indexes: schema
                        .indexes
                        .iter()
                        .map(|i| json!({ "name": i.name, "fields": i.fields }))
                        .collect(),
                    search_indexes: schema
                        .derived
                        .search
                        .iter()
                        .map(|i| {
                            json!({
                                "name": i.name,
                                "searchField": i.search_field,
                                "filterFields": i.filter_fields,
                            })
                        })
                        .collect(),
                    vector_indexes: schema
                        .derived
                        .vector
                        .iter()
                        .map(|i| {
                            json!({
                                "name": i.name,
                                "vectorField": i.vector_field,
                                "dimensions": i.dimensions,
                                "filterFields": i.filter_fields,
                            })
                        })
                        .collect(),
                    validator: schema.document.clone(),
                    name,
                })
            })
            .collect()
    }

    /// A page of a table's documents (JSON export form), as `paginate()` returns it:
    /// `{page, isDone, continueCursor}`.
    pub fn documents(&self, instance: &str, request: &PageRequest) -> Result<Json, RunError> {
        let index = request.index.as_deref().unwrap_or("by_creation_time");
        let operators: Vec<Json> = request
            .filter
            .iter()
            .map(|(field, value)| {
                json!({ "filter": { "$eq": [{ "$field": field }, { "$literal": value }] } })
            })
            .collect();
        let query = json!({
            "source": {
                "type": "IndexRange",
                "indexName": format!("{}.{index}", request.table),
                "range": [],
                "order": if request.descending { "desc" } else { "asc" },
            },
            "operators": operators,
        });
        let args = json!({
            "query": query,
            "cursor": request.cursor,
            "pageSize": request.limit.clamp(1, MAX_PAGE),
        });
        self.as_instance(instance, Kind::Query, |host| {
            self.inner().paginated.set(false);
            host.dispatch("1.0/queryPage", &args)
        })
    }

    /// Inserts a document (JSON export form, without system fields) into `table`, checked
    /// against the schema; returns its ID.
    pub fn insert_document(
        &self,
        instance: &str,
        table: &str,
        value: &Json,
    ) -> Result<String, RunError> {
        let inserted = self.as_instance(instance, Kind::Mutation, |host| {
            host.dispatch("1.0/insert", &json!({ "table": table, "value": value }))
        })?;
        Ok(inserted["_id"].as_str().unwrap_or_default().to_string())
    }

    /// Replaces the document `id` of `instance` with `value` (its system fields may be
    /// left out), checked against the schema.
    pub fn replace_document(&self, instance: &str, id: &str, value: &Json) -> Result<(), RunError> {
        self.as_instance(instance, Kind::Mutation, |host| {
            host.dispatch("1.0/replace", &json!({ "id": id, "value": value }))
        })
        .map(drop)
    }

    /// Deletes the documents `ids` of `instance`, all or none.
    pub fn delete_documents(&self, instance: &str, ids: &[String]) -> Result<(), RunError> {
        self.as_instance(instance, Kind::Mutation, |host| {
            for id in ids {
                host.dispatch("1.0/remove", &json!({ "id": id }))?;
            }
            Ok(Json::Null)
        })
        .map(drop)
    }

    /// Every function `instance` defines, by module and name.
    pub fn functions(&self, instance: &str) -> Result<Vec<FunctionSummary>, RunError> {
        let inner = self.inner();
        let found = inner.instance(instance)?;
        let definition = &inner.model.definitions[found.definition];
        let mut functions = Vec::new();
        for module in &definition.modules {
            let module_path = module.import_path();
            for function in module.functions.iter() {
                functions.push(FunctionSummary {
                    path: format!("{module_path}:{}", function.name),
                    module: module_path.to_string(),
                    name: function.name.clone(),
                    kind: function.kind.as_str(),
                    visibility: match function.visibility {
                        Visibility::Public => "public",
                        Visibility::Internal => "internal",
                    },
                    args: function.args.as_ref().ok().map(|v| v.to_json()),
                    returns: function.returns.clone().ok().flatten().map(|v| v.to_json()),
                });
            }
            // What static evaluation could not decide, the loaded module tells.
            for (name, _) in module.unknown_exports.iter() {
                let address = Address {
                    instance: instance.to_string(),
                    module: module.file.clone(),
                    name: name.clone(),
                    function: format!("{module_path}:{name}"),
                };
                let Ok(Some(info)) = inner.function_info(&found, &address) else {
                    continue;
                };
                functions.push(FunctionSummary {
                    path: address.function,
                    module: module_path.to_string(),
                    name: name.clone(),
                    kind: info.kind.as_str(),
                    visibility: if info.public { "public" } else { "internal" },
                    args: Some(info.args).filter(|v| !v.is_null()),
                    returns: Some(info.returns).filter(|v| !v.is_null()),
                });
            }
        }
        functions.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(functions)
    }

    /// The instance's scheduled functions, the most recently scheduled first (up to
    /// [`MAX_PAGE`]): their `_scheduled_functions` documents.
    pub fn scheduled_jobs(&self, instance: &str) -> Result<Json, RunError> {
        self.system_documents(instance, SCHEDULED_FUNCTIONS)
    }

    /// Cancels a pending scheduled function of `instance`.
    pub fn cancel_job(&self, instance: &str, id: &str) -> Result<(), RunError> {
        let inner = self.inner();
        inner.instance(instance)?;
        inner.transaction(true, || inner.cancel(instance, id))
    }

    /// The cron jobs `instance`'s `crons.ts` declares: `{name, declaration, nextRun}`.
    pub fn cron_jobs(&self, instance: &str) -> Result<Vec<Json>, RunError> {
        Ok(self
            .inner()
            .store
            .crons()?
            .into_iter()
            .filter(|cron| cron.instance == instance)
            .map(|cron| {
                let declaration: Json =
                    serde_json::from_str(&cron.declaration).unwrap_or(Json::Null);
                json!({ "name": cron.name, "declaration": declaration, "nextRun": cron.next_run })
            })
            .collect())
    }

    /// The instance's stored files, newest first (up to [`MAX_PAGE`]): their `_storage`
    /// documents.
    pub fn files(&self, instance: &str) -> Result<Json, RunError> {
        self.system_documents(instance, STORAGE_TABLE)
    }

    /// The stored file `id` of `instance`.
    pub fn file(&self, instance: &str, id: &str) -> Result<Option<StoredFile>, RunError> {
        self.inner().stored_file(id, Some(instance))
    }

    /// Deletes the stored file `id` of `instance`.
    pub fn delete_file(&self, instance: &str, id: &str) -> Result<(), RunError> {
        let inner = self.inner();
        inner.instance(instance)?;
        inner.transaction(true, || inner.delete_file(instance, id))
    }

    fn system_documents(&self, instance: &str, table: &str) -> Result<Json, RunError> {
        let page = self.documents(
            instance,
            &PageRequest {
                table: table.to_string(),
                descending: true,
                limit: MAX_PAGE,
                ..PageRequest::default()
            },
        )?;
        Ok(page["page"].clone())
    }

    /// Where the deployment's HTTP API is served.
    pub fn origin(&self) -> String {
        self.inner().origin.clone()
    }

    /// The deployment's env vars (what `convexkit env list` shows), by name.
    pub fn env_vars(&self) -> Result<Vec<(String, String)>, RunError> {
        Ok(self.inner().store.env_vars()?)
    }

    /// Sets (or, with None, removes) a deployment env var; functions see it from their
    /// next call.
    pub fn set_env_var(&self, name: &str, value: Option<&str>) -> Result<(), RunError> {
        check_env_var_name(name).map_err(RunError::new)?;
        Ok(self.inner().store.set_env_var(name, value)?)
    }

    /// Runs `work` with `instance`'s syscalls as a function of `kind` would reach them, in
    /// a transaction of its own (a mutation's committed when `work` succeeds).
    fn as_instance(
        &self,
        instance: &str,
        kind: Kind,
        work: impl FnOnce(&InstanceHost) -> Result<Json, crate::engine::isolate::HostError>,
    ) -> Result<Json, RunError> {
        let inner = self.inner();
        let found = inner.instance(instance)?;
        inner.transaction(kind == Kind::Mutation, || {
            found.host.enter(kind, now_ms(), "dashboard");
            let result = work(&found.host);
            found.host.leave();
            result.map_err(|e| RunError::new(e.message))
        })
    }
}
