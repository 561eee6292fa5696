//! TypeScript to JavaScript for the engine: the module is parsed once (through the
//! analysis workspace's cache), its types are stripped by swc, and it is printed back.
//! Imports used only as types are elided, as tsc does without `verbatimModuleSyntax`.

use std::path::Path;

use swc_core::common::{sync::Lrc, FileName, Globals, Mark, SourceMap, GLOBALS};
use swc_core::ecma::ast::{EsVersion, Program};
use swc_core::ecma::codegen::{text_writer::JsWriter, Config, Emitter};
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::transforms::typescript::{typescript, Config as TsConfig};

use convexkit_analysis::parse::ParsedFile;

/// The JavaScript of a parsed TypeScript (or JavaScript) module.
pub fn to_javascript(path: &Path, parsed: &ParsedFile) -> Result<String, String> {
    let name = path.display().to_string();
    // Spans of the parsed module start at the analysis' base position, which is where a
    // fresh source map puts its first file: the printer can then look up any span.
    let cm: Lrc<SourceMap> = Default::default();
    cm.new_source_file(
        Lrc::new(FileName::Custom(name.clone())),
        parsed.text.to_string(),
    );
    let program = GLOBALS.set(&Globals::new(), || {
        let unresolved = Mark::new();
        let top_level = Mark::new();
        Program::Module(parsed.module.clone())
            .apply(resolver(unresolved, top_level, true))
            .apply(typescript(TsConfig::default(), unresolved, top_level))
    });
    let mut output = Vec::new();
    {
        let mut emitter = Emitter {
            cfg: Config::default().with_target(EsVersion::Es2022),
            cm: cm.clone(),
            comments: None,
            wr: JsWriter::new(cm.clone(), "\n", &mut output, None),
        };
        emitter
            .emit_program(&program)
            .map_err(|e| format!("cannot print {name}: {e}"))?;
    }
    String::from_utf8(output).map_err(|e| format!("cannot print {name}: {e}"))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn transpile(path: &str, source: &str) -> String {
        let parsed = convexkit_analysis::parse::parse(path, Arc::from(source)).unwrap();
        to_javascript(Path::new(path), &parsed).unwrap()
    }

    #[test]
    fn strips_types_and_type_only_imports() {
        let js = transpile(
            "convex/messages.ts",
            "import { v } from \"convex/values\";\n\
             import type { Doc } from \"./_generated/dataModel\";\n\
             import { Id } from \"./_generated/dataModel\";\n\
             export const f = (x: number, d?: Doc<\"t\">, i?: Id<\"t\">): string => `${x as number}`;\n\
             interface Shape { a: string }\n\
             export const body = v.string();\n",
        );
        assert!(js.contains("import { v } from \"convex/values\""), "{js}");
        assert!(
            !js.contains("dataModel"),
            "type-only imports are elided:\n{js}"
        );
        assert!(
            !js.contains("interface") && !js.contains(": number"),
            "{js}"
        );
        assert!(js.contains("export const f = (x, d, i)=>`${x}`"), "{js}");
    }

    #[test]
    fn keeps_imports_used_as_values_and_enums() {
        let js = transpile(
            "convex/e.ts",
            "import { helper } from \"./lib\";\nenum Color { Red = \"red\" }\nexport const c = helper(Color.Red);\n",
        );
        assert!(js.contains("import { helper } from \"./lib\""), "{js}");
        assert!(js.contains("Color[\"Red\"] = \"red\""), "{js}");
    }
}
