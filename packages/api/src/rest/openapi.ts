import { z } from 'zod';
import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from 'zod-openapi';
import { appRouter } from '../root.ts';
import { snakeCase } from './case.ts';
import type { FormField, RestRoute } from './route.ts';

// zod-openapi renders the procedures' own zod schemas into one document: it hoists shared and
// recursive schemas into `components/schemas` and points every `$ref` there. What it cannot know
// is the REST door's wire shape, so two passes follow: keys renamed to snake_case (as the door
// renames data), and each procedure's single input object split into path, query and body.

type JsonSchema = { [key: string]: unknown };

/** Renames object properties to snake_case throughout a JSON Schema, as the REST door does to data. */
function snakeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(snakeSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [snakeCase(name), snakeSchema(sub)]),
      );
    } else if (key === 'required' && Array.isArray(value)) {
      out[key] = value.map((name) => snakeCase(String(name)));
    } else {
      out[key] = snakeSchema(value);
    }
  }
  return out;
}

function zodOf(route: RestRoute, which: 'input' | 'output'): z.ZodType | undefined {
  const procedure = (
    appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[]; output?: unknown } }>
  )[route.procedure];
  const schema = which === 'input' ? procedure?._def.inputs[0] : procedure?._def.output;
  return schema instanceof z.ZodType ? schema : undefined;
}

const errorBody = {
  type: 'object',
  required: ['message'],
  properties: {
    message: { type: 'string' },
    errors: {
      type: 'object',
      description: 'Per-field messages, keyed by the field path (snake_case)',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  },
} satisfies oas31.SchemaObject;

const errorResponses = {
  '400': 'Invalid input',
  '401': 'Not logged in, or the token is invalid',
  '403': 'Logged in, but not allowed',
  '404': 'Record not found',
  '409': 'The record is in a state that forbids this',
  '413': 'Body larger than 1 MB',
  '429': 'Too many requests',
  '503': 'Service unavailable',
};

/** An upload's multipart body: the file and the route's other form fields. */
function uploadBody(route: RestRoute): oas31.RequestBodyObject {
  const fields = Object.entries(route.formFields ?? {});
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file', ...fields.filter(([, field]) => field.required).map(([name]) => name)],
          properties: {
            file: { type: 'string', format: 'binary' },
            ...Object.fromEntries(fields.map(([name, field]) => [name, fieldSchema(field)])),
          },
        },
      },
    },
  };
}

/** A form field's JSON schema (`required` belongs to the form, not to the field). */
function fieldSchema({ required: _, ...schema }: FormField): oas31.SchemaObject {
  return schema;
}

/** The operation with the procedure's whole input as its JSON body; `splitInput` reshapes it. */
function operation(route: RestRoute, operationId: string): ZodOpenApiOperationObject {
  const input = route.upload ? undefined : zodOf(route, 'input');
  const output = route.omitData ? undefined : zodOf(route, 'output');
  const message = z.string().meta(typeof route.message === 'string' ? { example: route.message } : {});
  return {
    operationId,
    summary: route.summary,
    tags: [route.tag],
    ...(route.auth === 'public' ? { security: [] } : {}),
    ...(route.upload
      ? { requestBody: uploadBody(route) }
      : input
        ? { requestBody: { required: true, content: { 'application/json': { schema: input } } } }
        : {}),
    responses: {
      [String(route.status ?? 200)]: {
        description: 'Success',
        content: {
          'application/json': {
            schema: z.object({ message, ...(output ? { data: output.optional() } : {}) }),
          },
        },
      },
      ...Object.fromEntries(
        Object.entries(errorResponses).map(([code, description]) => [
          code,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
  };
}

/**
 * The REST door merges path parameters, the query (GET) and the JSON body into the procedure's
 * one input object; the document says where each field goes.
 */
function splitInput(route: RestRoute, op: oas31.OperationObject, schemas: Record<string, unknown>) {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const json = (op.requestBody as oas31.RequestBodyObject | undefined)?.content['application/json'];
  let input = json?.schema as JsonSchema | undefined;
  // A root schema with a component id arrives as a reference; its fields are what we split.
  const ref = typeof input?.$ref === 'string' ? input.$ref.replace('#/components/schemas/', '') : undefined;
  if (ref) input = schemas[ref] as JsonSchema | undefined;
  const properties = (input?.properties ?? {}) as Record<string, oas31.SchemaObject>;
  const required = new Set((input?.required as string[] | undefined) ?? []);

  const parameters: oas31.ParameterObject[] = pathParams.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: properties[name] ?? { type: 'string' },
  }));
  const rest = Object.keys(properties).filter((name) => !pathParams.includes(name));
  // A body that is not one object (a union, say) is described whole.
  const isObject = input?.properties !== undefined;
  if (json && route.method === 'GET') {
    for (const name of rest) {
      parameters.push({ name, in: 'query', required: required.has(name), schema: properties[name]! });
    }
    delete op.requestBody;
  } else if (json && isObject && rest.length === 0) {
    delete op.requestBody;
  } else if (json && isObject && pathParams.length > 0) {
    json.schema = {
      ...input,
      properties: Object.fromEntries(rest.map((name) => [name, properties[name]!])),
      required: [...required].filter((name) => !pathParams.includes(name)),
    };
  }
  // An upload's form fields may come in the query instead (rest/call.ts).
  for (const [name, field] of Object.entries(route.formFields ?? {})) {
    parameters.push({
      name,
      in: 'query',
      required: false,
      description: field.description,
      schema: fieldSchema(field),
    });
  }
  op.parameters = parameters;
}

/** The OpenAPI 3.1 document of the REST door, from the procedures' own zod schemas. */
export function buildOpenApi(routes: RestRoute[], info: { version: string; serverUrl?: string }) {
  const paths: ZodOpenApiPathsObject = {};
  // Operation ids must be unique; a procedure served at several paths (a spec alias) numbers the rest.
  const served = new Map<string, number>();
  for (const route of routes) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const n = (served.get(route.procedure) ?? 0) + 1;
    served.set(route.procedure, n);
    const operationId = n === 1 ? route.procedure : `${route.procedure}_${n}`;
    paths[route.path] = { ...paths[route.path], [method]: operation(route, operationId) };
  }
  const document = createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'bosOnline API',
        version: info.version,
        description:
          'REST door of the bosOnline API: snake_case JSON, answers shaped `{ message, data? }`. The same procedures are served over tRPC at /trpc.',
      },
      ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
      security: [{ bearer: [] }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Error: errorBody },
      },
      paths,
    },
    {
      // The REST door writes dates as ISO 8601 strings (JSON), and reads them from strings.
      override: ({ jsonSchema, zodSchema, io }) => {
        if (zodSchema._zod.def.type === 'date') {
          jsonSchema.type = 'string';
          if (io === 'output') jsonSchema.format = 'date-time';
        }
      },
    },
  );
  const doc = snakeSchema(document) as oas31.OpenAPIObject;
  const schemas = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  for (const route of routes) {
    const op = doc.paths?.[route.path]?.[route.method.toLowerCase() as 'get'];
    if (op) splitInput(route, op, schemas);
  }
  return doc;
}
