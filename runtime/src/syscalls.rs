//! The `1.0/...` syscalls of the `convex` package, answered for one component instance:
//! documents and queries in the instance's own tables only (an ID of another instance's
//! table reads as missing), schema validation on every write, and `runUdf` calls into
//! child components through [`Inner::call`].

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::{Rc, Weak};

use base64::Engine as _;
use serde_json::{json, Value as Json};

use crate::auth::Caller;
use crate::engine::isolate::{Host, HostError, Kind};
use crate::project::{Address, Inner, TableSchema};
use crate::storage::{Document, IndexDef, IndexRange, QueryStream, RangeBound, TableId};
use crate::values::validate::validate_document;
use crate::values::Value;

/// The function running in this instance's innermost isolate.
struct Frame {
    kind: Kind,
    now_ms: f64,
    /// `module:export`, for console output.
    function: String,
}

pub struct InstanceHost {
    runtime: Weak<Inner>,
    path: String,
    frames: RefCell<Vec<Frame>>,
    streams: RefCell<HashMap<u64, QueryStream>>,
    next_stream: Cell<u64>,
}

type Reply = Result<Json, HostError>;

fn error(message: impl Into<String>) -> HostError {
    HostError::new(message)
}

/// The search or vector index `full` (`table.index`) names among a table's `indexes`.
fn derived_index<'i, I>(
    indexes: &'i [I],
    full: &str,
    name: impl Fn(&I) -> &String,
) -> Result<&'i I, HostError> {
    let index_name = full.split_once('.').map_or(full, |(_, index)| index);
    indexes
        .iter()
        .find(|i| *name(i) == index_name)
        .ok_or_else(|| error(format!("Index {full} not found.")))
}

impl InstanceHost {
    pub(crate) fn new(runtime: Weak<Inner>, path: String) -> Self {
        Self {
            runtime,
            path,
            frames: RefCell::default(),
            streams: RefCell::default(),
            next_stream: Cell::new(1),
        }
    }

    /// A function of this instance starts (`leave` when it ends).
    pub fn enter(&self, kind: Kind, now_ms: f64, function: &str) {
        self.frames.borrow_mut().push(Frame {
            kind,
            now_ms,
            function: function.to_string(),
        });
    }

    pub fn leave(&self) {
        self.frames.borrow_mut().pop();
        if self.frames.borrow().is_empty() {
            self.streams.borrow_mut().clear();
        }
    }

    fn runtime(&self) -> Result<std::rc::Rc<Inner>, HostError> {
        self.runtime
            .upgrade()
            .ok_or_else(|| error("the runtime has shut down"))
    }

    fn frame_kind(&self) -> Option<Kind> {
        self.frames.borrow().last().map(|f| f.kind)
    }

    fn now_ms(&self) -> f64 {
        self.frames.borrow().last().map_or(0.0, |f| f.now_ms)
    }

    fn require_write(&self, op: &str) -> Result<(), HostError> {
        match self.frame_kind() {
            Some(Kind::Mutation) => Ok(()),
            _ => Err(error(format!(
                "{op} is not allowed here: only mutations can write to the database"
            ))),
        }
    }

    fn require_read(&self) -> Result<(), HostError> {
        match self.frame_kind() {
            Some(Kind::Query | Kind::Mutation) => Ok(()),
            _ => Err(error(
                "actions cannot read the database directly: use ctx.runQuery",
            )),
        }
    }

    /// The document `id` if it is in one of this instance's tables (and in `table`, when
    /// the caller named one).
    fn own_document(
        &self,
        runtime: &Inner,
        id: &str,
        table: Option<&str>,
    ) -> Result<Option<Document>, HostError> {
        let document = runtime.store.get(id).map_err(|e| error(e.0))?;
        Ok(document.filter(|d| self.is_own(&d.table, table)))
    }

    fn table_schema(&self, runtime: &Inner, table: &str) -> Rc<TableSchema> {
        runtime
            .instance(&self.path)
            .ok()
            .and_then(|i| i.tables.borrow().get(table).cloned())
            .unwrap_or_default()
    }

    /// The table and its schema of a search's or vector search's `table.index`.
    fn indexed_table<'n>(
        &self,
        runtime: &Inner,
        full: &'n str,
    ) -> Result<(&'n str, Rc<TableSchema>), HostError> {
        let (table, _) = full
            .split_once('.')
            .ok_or_else(|| error(format!("invalid index name {full}")))?;
        Ok((table, self.table_schema(runtime, table)))
    }

    /// Validates a document's own fields against its table's schema, if validation is on.
    fn validate_document(
        &self,
        runtime: &Inner,
        table: &str,
        fields: &BTreeMap<String, Value>,
    ) -> Result<(), HostError> {
        let schema = self.table_schema(runtime, table);
        let Some(validator) = &schema.document else {
            return Ok(());
        };
        let ids = |table: &str, id: &str| {
            matches!(runtime.store.id_in_table(&self.path, table, id), Ok(true))
        };
        validate_document(validator, fields, &ids).map_err(|e| {
            error(format!(
                "Failed to insert or update a document in table \"{table}\" because it does not match the schema: {e}"
            ))
        })
    }

    fn insert(&self, args: &Json) -> Reply {
        self.require_write("db.insert")?;
        let runtime = self.runtime()?;
        let table_name = args["table"]
            .as_str()
            .ok_or_else(|| error("insert: missing table"))?;
        let fields = object_of(&resolve_commit_ts(&args["value"], runtime.commit_ts.get()))?;
        if let Some(system) = fields.keys().find(|k| k.starts_with('_')) {
            return Err(error(format!(
                "System fields (`{system}`) cannot be set in db.insert"
            )));
        }
        self.validate_document(&runtime, table_name, &fields)?;
        let table = runtime
            .store
            .table(&self.path, table_name, true)
            .map_err(|e| error(e.0))?
            .ok_or_else(|| error("cannot create the table"))?;
        let (id, creation_time) = runtime.store.new_identity(&table, self.now_ms());
        let mut document = fields;
        document.insert("_id".into(), Value::String(id.clone()));
        document.insert("_creationTime".into(), Value::Float64(creation_time));
        let schema = self.table_schema(&runtime, table_name);
        runtime
            .store
            .insert(&table, &document, &schema.indexes, &schema.derived)
            .map_err(|e| error(e.0))?;
        Ok(json!({ "_id": id }))
    }

    /// `db.get`: the stored text itself (no parse), or null.
    fn get(&self, args: &Json) -> Result<String, HostError> {
        self.require_read()?;
        let runtime = self.runtime()?;
        let id = args["id"]
            .as_str()
            .ok_or_else(|| error("db.get: the id must be a string"))?;
        let document = runtime.store.get_text(id).map_err(|e| error(e.0))?;
        Ok(match document {
            Some((table, json)) if self.is_own(&table, args["table"].as_str()) => json,
            _ => "null".into(),
        })
    }

    /// Whether `table` is one of this instance's (and the one the caller named, if any).
    fn is_own(&self, table: &TableId, named: Option<&str>) -> bool {
        table.component == self.path && named.is_none_or(|n| n == table.name)
    }

    fn write(&self, op: &str, args: &Json) -> Reply {
        self.require_write(op)?;
        let runtime = self.runtime()?;
        let id = args["id"]
            .as_str()
            .ok_or_else(|| error(format!("{op}: the id must be a string")))?;
        let document = self
            .own_document(&runtime, id, args["table"].as_str())?
            .ok_or_else(|| error(format!("{op} on nonexistent document ID {id}")))?;
        let schema = self.table_schema(&runtime, &document.table.name);
        let (indexes, derived) = (&schema.indexes, &schema.derived);
        if op == "db.delete" {
            runtime
                .store
                .delete(&document, indexes, derived)
                .map_err(|e| error(e.0))?;
            return Ok(Json::Null);
        }
        let value = resolve_commit_ts(&args["value"], runtime.commit_ts.get());
        let mut updated = if op == "db.patch" {
            let mut merged = document.value.clone();
            let patch = value
                .as_object()
                .ok_or_else(|| error("db.patch: the value must be an object"))?;
            for (name, value) in patch {
                match Value::from_json_or_undefined(value).map_err(|e| error(e.to_string()))? {
                    Some(value) => merged.insert(name.clone(), value),
                    None => merged.remove(name),
                };
            }
            merged
        } else {
            object_of(&value)?
        };
        for system in ["_id", "_creationTime"] {
            match (updated.get(system), document.value.get(system)) {
                (Some(new), Some(old)) if new != old => {
                    return Err(error(format!(
                        "{op} cannot change the system field `{system}`"
                    )))
                }
                _ => {
                    if let Some(old) = document.value.get(system) {
                        updated.insert(system.into(), old.clone());
                    }
                }
            }
        }
        self.validate_document(&runtime, &document.table.name, &updated)?;
        runtime
            .store
            .replace(&document, &updated, indexes, derived)
            .map_err(|e| error(e.0))?;
        Ok(Json::Null)
    }

    /// Builds the stream a serialized query describes.
    fn stream(
        &self,
        runtime: &Inner,
        query: &Json,
    ) -> Result<(QueryStream, Option<IndexDef>, TableId), HostError> {
        let source = &query["source"];
        let descending = source["order"].as_str() == Some("desc");
        let mut filters = Vec::new();
        let mut limit = None;
        for operator in query["operators"].as_array().into_iter().flatten() {
            if let Some(filter) = operator.get("filter") {
                filters.push(filter.clone());
            } else if let Some(n) = operator.get("limit").and_then(Json::as_u64) {
                limit = Some(limit.map_or(n as usize, |l: usize| l.min(n as usize)));
            }
        }
        let (table_name, index_name) = match source["type"].as_str() {
            Some("FullTableScan") => (
                source["tableName"].as_str().unwrap_or_default().to_string(),
                crate::storage::BY_CREATION_TIME.to_string(),
            ),
            Some("IndexRange") => {
                let full = source["indexName"].as_str().unwrap_or_default();
                let (table, index) = full
                    .split_once('.')
                    .ok_or_else(|| error(format!("invalid index name {full}")))?;
                (table.to_string(), index.to_string())
            }
            Some("Search") => return self.search_stream(runtime, source, filters, limit),
            _ => return Err(error(format!("invalid query source {source}"))),
        };
        let system = IndexDef::system()
            .into_iter()
            .find(|i| i.name == index_name);
        let index = if let Some(system) = system {
            system
        } else {
            self.table_schema(runtime, &table_name)
                .indexes
                .iter()
                .find(|i| i.name == index_name)
                .cloned()
                .ok_or_else(|| error(format!("Index {table_name}.{index_name} not found.")))?
        };
        let range = index_range(&index, &source["range"])?;
        let table = runtime
            .store
            .table(&self.path, &table_name, false)
            .map_err(|e| error(e.0))?;
        let number = table.as_ref().map(|t| t.number);
        let table = table.unwrap_or(TableId {
            number: 0,
            component: self.path.clone(),
            name: table_name,
        });
        Ok((
            QueryStream::new(number, &index.name, &range, descending, filters, limit),
            Some(index),
            table,
        ))
    }

    /// `withSearchIndex(index, q => q.search(field, text).eq(field, value))`: the documents
    /// the search finds, most relevant first, then `.filter()` and a limit.
    fn search_stream(
        &self,
        runtime: &Inner,
        source: &Json,
        filters: Vec<Json>,
        limit: Option<usize>,
    ) -> Result<(QueryStream, Option<IndexDef>, TableId), HostError> {
        let full = source["indexName"].as_str().unwrap_or_default();
        let (table_name, schema) = self.indexed_table(runtime, full)?;
        let index = derived_index(&schema.derived.search, full, |i| &i.name)?;
        let mut text = None;
        let mut equal = Vec::new();
        for filter in source["filters"].as_array().into_iter().flatten() {
            let field = filter["fieldPath"].as_str().unwrap_or_default();
            match filter["type"].as_str() {
                Some("Search") if field == index.search_field => {
                    text = Some(filter["value"].as_str().unwrap_or_default().to_string());
                }
                Some("Search") => {
                    return Err(error(format!(
                        "Search index {full} searches `{}`, not `{field}`",
                        index.search_field
                    )))
                }
                Some("Eq") => {
                    let value = Value::from_json_or_undefined(&filter["value"])
                        .map_err(|e| error(e.to_string()))?;
                    equal.push((field.to_string(), value));
                }
                _ => return Err(error(format!("invalid search filter {filter}"))),
            }
        }
        let text = text.ok_or_else(|| error(format!("a search of {full} needs q.search(…)")))?;
        if equal.len() > crate::storage::MAX_FILTERS {
            return Err(error(format!(
                "Search query has {} filters, more than the {} a search may have",
                equal.len(),
                crate::storage::MAX_FILTERS
            )));
        }
        let table = runtime
            .store
            .table(&self.path, table_name, false)
            .map_err(|e| error(e.0))?;
        let ids = runtime
            .store
            .search(table.as_ref().map(|t| t.number), index, &text, &equal)
            .map_err(|e| error(e.0))?;
        let table = table.unwrap_or(TableId {
            number: 0,
            component: self.path.clone(),
            name: table_name.to_string(),
        });
        Ok((QueryStream::of_ids(ids, filters, limit), None, table))
    }

    /// `ctx.vectorSearch(table, index, { vector, limit, filter })`: `[{ _id, _score }]`.
    fn vector_search(&self, args: &Json) -> Reply {
        let runtime = self.runtime()?;
        let query = &args["query"];
        let full = query["indexName"].as_str().unwrap_or_default();
        let (table_name, schema) = self.indexed_table(&runtime, full)?;
        let index = derived_index(&schema.derived.vector, full, |i| &i.name)?;
        let limit = match &query["limit"] {
            Json::Null => crate::storage::DEFAULT_VECTOR_LIMIT,
            limit => limit
                .as_u64()
                .and_then(|l| usize::try_from(l).ok())
                .ok_or_else(|| {
                    error(format!(
                        "Vector search limit must be an integer, not {limit}"
                    ))
                })?,
        };
        let vector: Vec<f64> = query["vector"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|x| {
                x.as_f64()
                    .ok_or_else(|| error(format!("not a number in the vector: {x}")))
            })
            .collect::<Result<_, _>>()?;
        let filter = crate::storage::VectorFilter::parse(index, &query["expressions"])
            .map_err(|e| error(e.0))?;
        let table = runtime
            .store
            .table(&self.path, table_name, false)
            .map_err(|e| error(e.0))?;
        let found = runtime
            .store
            .vector_search(table.map(|t| t.number), index, &vector, limit, &filter)
            .map_err(|e| error(e.0))?;
        let results: Vec<Json> = found
            .into_iter()
            .map(|(id, score)| json!({ "_id": id, "_score": score }))
            .collect();
        Ok(json!({ "results": results }))
    }

    fn query_stream(&self, args: &Json) -> Reply {
        self.require_read()?;
        let runtime = self.runtime()?;
        let (stream, _, _) = self.stream(&runtime, &args["query"])?;
        let id = self.next_stream.get();
        self.next_stream.set(id + 1);
        self.streams.borrow_mut().insert(id, stream);
        Ok(json!({ "queryId": id }))
    }

    fn query_stream_next(&self, args: &Json) -> Result<String, HostError> {
        let runtime = self.runtime()?;
        let id = args["queryId"].as_u64().unwrap_or_default();
        let mut streams = self.streams.borrow_mut();
        let stream = streams
            .get_mut(&id)
            .ok_or_else(|| error(format!("query {id} is not open")))?;
        match stream.next_text(&runtime.store).map_err(|e| error(e.0))? {
            // The stored text goes through as it is.
            Some((_, json)) => Ok(format!("{{\"value\":{json},\"done\":false}}")),
            None => Ok(r#"{"value":null,"done":true}"#.into()),
        }
    }

    fn query_page(&self, args: &Json) -> Reply {
        self.require_read()?;
        let runtime = self.runtime()?;
        if runtime.paginated.replace(true) {
            return Err(error(
                "This query or mutation function ran multiple paginated queries. Convex only supports a single paginated query in each function.",
            ));
        }
        let (mut stream, index, _) = self.stream(&runtime, &args["query"])?;
        if let Some(cursor) = args["cursor"].as_str() {
            let key = base64::engine::general_purpose::STANDARD
                .decode(cursor)
                .map_err(|_| error("invalid pagination cursor"))?;
            stream.resume_after(key);
        }
        let size = args["pageSize"].as_u64().unwrap_or(100) as usize;
        let mut page = Vec::new();
        let mut last_key = None;
        while page.len() < size {
            let Some(document) = stream.next(&runtime.store).map_err(|e| error(e.0))? else {
                break;
            };
            last_key = if stream.is_positional() {
                Some((stream.position() as u64).to_be_bytes().to_vec())
            } else {
                index.as_ref().map(|i| i.key(&document.value))
            };
            page.push(to_json(&document.value)?);
        }
        // One more read tells whether anything follows the page.
        let is_done = page.len() < size
            || stream
                .next(&runtime.store)
                .map_err(|e| error(e.0))?
                .is_none();
        let cursor = match last_key {
            Some(key) => base64::engine::general_purpose::STANDARD.encode(key),
            None => args["cursor"].as_str().unwrap_or_default().to_string(),
        };
        Ok(json!({ "page": page, "isDone": is_done, "continueCursor": cursor }))
    }

    fn normalize_id(&self, args: &Json) -> Reply {
        let runtime = self.runtime()?;
        let table = args["table"].as_str().unwrap_or_default();
        let id = args["idString"].as_str().unwrap_or_default();
        let own = runtime
            .store
            .id_in_table(&self.path, table, id)
            .map_err(|e| error(e.0))?;
        Ok(json!({ "id": if own { Json::String(id.into()) } else { Json::Null } }))
    }

    fn count(&self, args: &Json) -> Reply {
        self.require_read()?;
        let runtime = self.runtime()?;
        let table = args["table"].as_str().unwrap_or_default();
        let count = match runtime
            .store
            .table(&self.path, table, false)
            .map_err(|e| error(e.0))?
        {
            Some(t) => runtime.store.count(t.number).map_err(|e| error(e.0))?,
            None => 0,
        };
        Ok(json!(count as f64))
    }

    /// The function a `runUdf`/`actions/*`/`createFunctionHandle` call names: a child's by
    /// reference, this instance's by name, or any instance's by handle. The flag tells
    /// whether internal functions may be called (not through a child reference).
    fn target(&self, runtime: &Inner, args: &Json) -> Result<(Address, bool), HostError> {
        if let Some(reference) = args["reference"].as_str() {
            let rest = reference
                .strip_prefix("_reference/childComponent/")
                .ok_or_else(|| error(format!("unsupported function reference {reference}")))?;
            let mut parts: Vec<&str> = rest.split('/').collect();
            if parts.len() < 3 {
                return Err(error(format!("incomplete function reference {reference}")));
            }
            let child = parts.remove(0);
            let function = parts.pop().unwrap_or_default();
            let path = if self.path.is_empty() {
                child.to_string()
            } else {
                format!("{}/{child}", self.path)
            };
            let address = runtime
                .address(&path, &format!("{}:{function}", parts.join("/")))
                .map_err(|e| error(e.message))?;
            return Ok((address, false));
        }
        if let Some(handle) = args["functionHandle"].as_str() {
            let (path, function) = handle
                .strip_prefix(HANDLE_PREFIX)
                .and_then(|rest| rest.split_once(';'))
                .ok_or_else(|| error(format!("invalid function handle {handle}")))?;
            let address = runtime
                .address(path, function)
                .map_err(|e| error(e.message))?;
            return Ok((address, true));
        }
        let name = args["name"]
            .as_str()
            .ok_or_else(|| error("a function call needs a reference, a name or a handle"))?;
        let address = runtime
            .address(&self.path, name)
            .map_err(|e| error(e.message))?;
        Ok((address, true))
    }

    /// `ctx.runQuery/runMutation/runAction` (from functions, or `actions/*` from actions).
    fn run(&self, kind: Kind, args: &Json) -> Reply {
        let runtime = self.runtime()?;
        match (self.frame_kind(), kind) {
            (Some(Kind::Query), Kind::Mutation | Kind::Action) => {
                return Err(error("a query can only run other queries"))
            }
            (Some(Kind::Mutation), Kind::Action) => {
                return Err(error(
                    "a mutation cannot run an action (schedule it instead)",
                ))
            }
            _ => {}
        }
        let (address, internal_ok) = self.target(&runtime, args)?;
        Ok(runtime.call(&address, Some(kind), &args["args"], internal_ok)?)
    }

    fn run_udf(&self, args: &Json) -> Reply {
        let kind = match args["udfType"].as_str() {
            Some("query" | "snapshotQuery") => Kind::Query,
            Some("mutation") => Kind::Mutation,
            Some("action") => Kind::Action,
            other => return Err(error(format!("unknown function type {other:?}"))),
        };
        self.run(kind, args)
    }

    /// `ctx.scheduler.runAfter/runAt`: in a mutation, part of its transaction; in an action,
    /// a transaction of its own.
    fn schedule(&self, args: &Json) -> Reply {
        if !matches!(self.frame_kind(), Some(Kind::Mutation | Kind::Action)) {
            return Err(error("only mutations and actions can schedule functions"));
        }
        let runtime = self.runtime()?;
        let (address, _) = self.target(&runtime, args)?;
        let seconds = args["ts"]
            .as_f64()
            .ok_or_else(|| error("schedule: the time must be a number"))?;
        let id = runtime.within_transaction(|| {
            runtime.schedule(&self.path, &address, &args["args"], seconds * 1000.0)
        })?;
        Ok(Json::String(id))
    }

    fn cancel_job(&self, args: &Json) -> Reply {
        if !matches!(self.frame_kind(), Some(Kind::Mutation | Kind::Action)) {
            return Err(error(
                "only mutations and actions can cancel scheduled functions",
            ));
        }
        let runtime = self.runtime()?;
        let id = args["id"]
            .as_str()
            .ok_or_else(|| error("cancel: the id must be a string"))?;
        runtime.within_transaction(|| runtime.cancel(&self.path, id))?;
        Ok(Json::Null)
    }

    /// A file of this instance named by `args.storageId`.
    fn own_file(
        &self,
        runtime: &Inner,
        args: &Json,
    ) -> Result<Option<crate::file_storage::StoredFile>, HostError> {
        let id = args["storageId"]
            .as_str()
            .ok_or_else(|| error("the storage id must be a string"))?;
        runtime
            .stored_file(id, Some(&self.path))
            .map_err(|e| error(e.message))
    }

    fn require_writer(&self, op: &str) -> Result<(), HostError> {
        match self.frame_kind() {
            Some(Kind::Mutation | Kind::Action) => Ok(()),
            _ => Err(error(format!(
                "{op} is not allowed in a query: use a mutation or an action"
            ))),
        }
    }

    /// `ctx.storage.store(blob)`: the bytes arrive as base64.
    fn store_file(&self, args: &Json) -> Reply {
        self.require_writer("ctx.storage.store")?;
        let runtime = self.runtime()?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(args["blob"].as_str().unwrap_or_default())
            .map_err(|_| error("ctx.storage.store: the blob is not valid base64"))?;
        let id = runtime.within_transaction(|| {
            runtime.store_file(
                &self.path,
                &bytes,
                args["contentType"].as_str(),
                args["sha256"].as_str(),
            )
        })?;
        Ok(Json::String(id))
    }

    /// `fetch()` from an action, through a real HTTP client. The request blocks this
    /// instance's thread, as an action's other calls do.
    fn fetch(&self, args: &Json) -> Reply {
        if self.frame_kind() != Some(Kind::Action) {
            return Err(error(
                "Can't use fetch() in queries and mutations. Please consider using an action.",
            ));
        }
        let runtime = self.runtime()?;
        let url = args["url"].as_str().unwrap_or_default();
        if runtime.served_by_runtime_thread(url) {
            return Err(error(format!(
                "fetch({url}) calls this convexkit dev server, whose functions run one at a time: the action would wait for itself. Call the function directly (ctx.runQuery, ctx.runMutation, ctx.runAction)"
            )));
        }
        crate::http_client::fetch(args).map_err(error)
    }

    /// A handle any instance can call the function through (internal ones included).
    fn create_function_handle(&self, args: &Json) -> Reply {
        let runtime = self.runtime()?;
        let (address, _) = self.target(&runtime, args)?;
        Ok(Json::String(format!(
            "{HANDLE_PREFIX}{};{}",
            address.instance, address.function
        )))
    }

    /// The syscalls whose results are built as JSON values.
    pub(crate) fn dispatch(&self, op: &str, args: &Json) -> Reply {
        match op {
            "1.0/insert" => self.insert(args),
            "1.0/shallowMerge" => self.write("db.patch", args),
            "1.0/replace" => self.write("db.replace", args),
            "1.0/remove" => self.write("db.delete", args),
            "1.0/queryStream" => self.query_stream(args),
            "1.0/queryCleanup" => {
                let id = args["queryId"].as_u64().unwrap_or_default();
                Ok(json!(self.streams.borrow_mut().remove(&id).is_some()))
            }
            "1.0/queryPage" => self.query_page(args),
            "1.0/db/normalizeId" => self.normalize_id(args),
            "1.0/count" => self.count(args),
            "1.0/runUdf" => self.run_udf(args),
            "1.0/schedule" | "1.0/actions/schedule" => self.schedule(args),
            "1.0/storageGenerateUploadUrl" => {
                Ok(Json::String(self.runtime()?.upload_url(&self.path)))
            }
            "1.0/storageGetUrl" => {
                let runtime = self.runtime()?;
                let file = self.own_file(&runtime, args)?;
                Ok(file.map_or(Json::Null, |f| {
                    Json::String(runtime.file_url(&f.storage_id))
                }))
            }
            "1.0/storageGetMetadata" => {
                let runtime = self.runtime()?;
                Ok(self.own_file(&runtime, args)?.map_or(Json::Null, |file| {
                    // Hex here, as the backend gives it; the `_storage` document keeps base64.
                    let sha256: String = base64::engine::general_purpose::STANDARD
                        .decode(&file.sha256)
                        .map(|digest| digest.iter().map(|b| format!("{b:02x}")).collect())
                        .unwrap_or(file.sha256);
                    json!({
                        "storageId": file.storage_id,
                        "sha256": sha256,
                        "size": file.size as f64,
                        "contentType": file.content_type,
                    })
                }))
            }
            "1.0/storageGet" => {
                let runtime = self.runtime()?;
                let Some(file) = self.own_file(&runtime, args)? else {
                    return Ok(Json::Null);
                };
                let bytes = std::fs::read(&file.path)
                    .map_err(|e| error(format!("cannot read {}: {e}", file.path.display())))?;
                Ok(json!({
                    "blob": base64::engine::general_purpose::STANDARD.encode(bytes),
                    "contentType": file.content_type,
                }))
            }
            "1.0/storageStore" => self.store_file(args),
            "1.0/storageDelete" => {
                self.require_writer("ctx.storage.delete")?;
                let runtime = self.runtime()?;
                let id = args["storageId"].as_str().unwrap_or_default();
                runtime.within_transaction(|| runtime.delete_file(&self.path, id))?;
                Ok(Json::Null)
            }
            "convexkit/fetch" => self.fetch(args),
            "1.0/getFunctionMetadata" => {
                let function = self.frames.borrow().last().map(|f| f.function.clone());
                Ok(json!({ "name": function, "componentPath": self.path }))
            }
            "1.0/getSnapshotTs" => {
                let ts = self.runtime()?.commit_ts.get();
                Ok(
                    json!({ "$integer": base64::engine::general_purpose::STANDARD.encode(ts.to_le_bytes()) }),
                )
            }
            "1.0/getDeploymentMetadata" => {
                Ok(json!({ "name": "convexkit-local", "region": null, "class": "local" }))
            }
            "1.0/getRequestMetadata" => Ok(json!({
                "ip": null, "userAgent": null, "requestId": "", "scheduledFunctionId": null, "authToken": null,
            })),
            "1.0/cancel_job" | "1.0/actions/cancel_job" => self.cancel_job(args),
            "1.0/actions/query" => self.run(Kind::Query, args),
            "1.0/actions/mutation" => self.run(Kind::Mutation, args),
            "1.0/actions/action" => self.run(Kind::Action, args),
            "1.0/actions/vectorSearch" => self.vector_search(args),
            "1.0/createFunctionHandle" => self.create_function_handle(args),
            // Components are never told who the user is.
            "1.0/getUserIdentity" if !self.path.is_empty() => Ok(Json::Null),
            "1.0/getUserIdentity" => match &*self.runtime()?.caller.borrow() {
                Caller::Anonymous => Ok(Json::Null),
                Caller::User(identity) => Ok(Json::clone(identity)),
                Caller::Rejected(why) => Err(error(why.message.clone())),
            },
            other => Err(error(format!(
                "convexkit does not support the syscall {other} yet"
            ))),
        }
    }
}

/// Function handles are `function://<instance path>;<module>:<export>`.
const HANDLE_PREFIX: &str = "function://";

impl Host for InstanceHost {
    fn syscall(&self, op: &str, args: Json) -> Result<String, HostError> {
        match op {
            "1.0/get" => self.get(&args),
            "1.0/queryStreamNext" => self.query_stream_next(&args),
            _ => self.dispatch(op, &args).map(|json| json.to_string()),
        }
    }

    fn log(&self, level: &str, text: &str) {
        // `messages:send` in the app, `leaderboard/btree:insert` in a component.
        let function = self
            .frames
            .borrow()
            .last()
            .map_or_else(|| "module load".to_string(), |f| f.function.clone());
        let path = if self.path.is_empty() {
            function
        } else {
            format!("{}/{function}", self.path)
        };
        eprintln!("[{path}] {level}: {text}");
        if let Some(runtime) = self.runtime.upgrade() {
            if let Some(lines) = runtime.log_lines.borrow_mut().as_mut() {
                lines.push(format!("[{}] {text}", level.to_uppercase()));
            }
        }
    }
}

/// `{"$commitTs": null}` placeholders replaced by the transaction's commit timestamp (an
/// int64), wherever they appear in a written value.
fn resolve_commit_ts(json: &Json, commit_ts: i64) -> Json {
    match json {
        Json::Object(fields)
            if fields.len() == 1 && fields.get("$commitTs") == Some(&Json::Null) =>
        {
            json!({ "$integer": base64::engine::general_purpose::STANDARD.encode(commit_ts.to_le_bytes()) })
        }
        Json::Object(fields) => Json::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), resolve_commit_ts(v, commit_ts)))
                .collect(),
        ),
        Json::Array(items) => Json::Array(
            items
                .iter()
                .map(|v| resolve_commit_ts(v, commit_ts))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The fields of an export-form object.
fn object_of(json: &Json) -> Result<BTreeMap<String, Value>, HostError> {
    match Value::from_json(json).map_err(|e| error(e.to_string()))? {
        Value::Object(fields) => Ok(fields),
        other => Err(error(format!(
            "expected an object, found {}",
            other.type_name()
        ))),
    }
}

fn to_json(document: &BTreeMap<String, Value>) -> Reply {
    Value::Object(document.clone())
        .to_json()
        .map_err(|e| error(e.to_string()))
}

/// An index range from its serialized form: equalities on the index's leading fields, in
/// order, then bounds on the next field.
fn index_range(index: &IndexDef, range: &Json) -> Result<IndexRange, HostError> {
    let mut result = IndexRange::default();
    let mut fields = index
        .fields
        .iter()
        .map(String::as_str)
        .chain(["_creationTime", "_id"]);
    let mut bounded: Option<String> = None;
    for expression in range.as_array().into_iter().flatten() {
        let field = expression["fieldPath"].as_str().unwrap_or_default();
        let value = Value::from_json_or_undefined(&expression["value"])
            .map_err(|e| error(e.to_string()))?;
        let kind = expression["type"].as_str().unwrap_or_default();
        if kind == "Eq" && bounded.is_none() {
            let expected = fields.next();
            if expected != Some(field) {
                return Err(error(format!(
                    "Uh oh! Index range for {} must compare fields in index order: expected {}, found `{field}`",
                    index.name,
                    expected.map_or("no more fields".to_string(), |f| format!("`{f}`"))
                )));
            }
            result.equal.push(value);
            continue;
        }
        match &bounded {
            Some(previous) if previous != field => {
                return Err(error(format!("an index range can bound only one field after its equalities, not `{previous}` and `{field}`")))
            }
            None => {
                let expected = fields.next();
                if expected != Some(field) {
                    return Err(error(format!(
                        "index range on {}: the bounded field must be the next index field, not `{field}`",
                        index.name
                    )));
                }
                bounded = Some(field.to_string());
            }
            _ => {}
        }
        result.bounds.push(match kind {
            "Gt" => RangeBound::Gt(value),
            "Gte" => RangeBound::Gte(value),
            "Lt" => RangeBound::Lt(value),
            "Lte" => RangeBound::Lte(value),
            other => return Err(error(format!("unknown range operator {other}"))),
        });
    }
    Ok(result)
}
