//! What the OpenAPI description needs beyond what the routes say of themselves: every
//! `{parameter}` a path names, declared (as a string: ids are opaque), and the empty
//! success of a route that answers only with a status.

use aide::openapi::{
    OpenApi, Parameter, ParameterData, ParameterSchemaOrContent, PathItem, ReferenceOr, SchemaObject, StatusCode,
};

pub fn complete(description: &mut OpenApi) {
    let Some(paths) = description.paths.as_mut() else {
        return;
    };
    for (path, item) in paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let names: Vec<String> = path
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(str::to_owned)
            .collect();
        for operation in operations(item) {
            no_content_when_silent(operation);
            for name in &names {
                let declared = operation.parameters.iter().any(|p| match p {
                    ReferenceOr::Item(Parameter::Path { parameter_data, .. }) => parameter_data.name == *name,
                    _ => false,
                });
                if !declared {
                    operation.parameters.push(ReferenceOr::Item(Parameter::Path {
                        parameter_data: ParameterData {
                            name: name.clone(),
                            description: None,
                            required: true,
                            format: ParameterSchemaOrContent::Schema(SchemaObject {
                                json_schema: schemars::json_schema!({ "type": "string" }),
                                example: None,
                                external_docs: None,
                            }),
                            extensions: Default::default(),
                            deprecated: None,
                            example: None,
                            examples: Default::default(),
                            explode: None,
                        },
                        style: Default::default(),
                    }));
                }
            }
        }
    }
}

fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut aide::openapi::Operation> {
    [
        item.get.as_mut(),
        item.put.as_mut(),
        item.post.as_mut(),
        item.delete.as_mut(),
        item.patch.as_mut(),
    ]
    .into_iter()
    .flatten()
}

/// A handler that answers only a status (`StatusCode`) says nothing of its success: it is
/// 204, No Content.
fn no_content_when_silent(operation: &mut aide::openapi::Operation) {
    let responses = operation.responses.get_or_insert_with(Default::default);
    let succeeds = responses.responses.keys().any(|code| match code {
        StatusCode::Code(code) => (200..300).contains(code),
        StatusCode::Range(range) => *range == 2,
    });
    if !succeeds {
        responses.responses.insert(
            StatusCode::Code(204),
            ReferenceOr::Item(aide::openapi::Response {
                description: "Done: nothing to send back.".into(),
                ..Default::default()
            }),
        );
    }
}
