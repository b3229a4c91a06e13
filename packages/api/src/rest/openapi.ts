import { z } from 'zod';
import { appRouter } from '../root.ts';
import { snakeCase } from './case.ts';
import type { RestRoute } from './route.ts';

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

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return snakeSchema(rest) as JsonSchema;
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
};

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

export function buildOpenApi(routes: RestRoute[], info: { version: string; serverUrl?: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const input = route.upload ? undefined : zodOf(route, 'input');
    const output = zodOf(route, 'output');
    const inputSchema = input ? jsonSchema(input, 'input') : undefined;
    const properties = (inputSchema?.properties ?? {}) as Record<string, unknown>;
    const required = new Set((inputSchema?.required as string[] | undefined) ?? []);

    const parameters: unknown[] = pathParams.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: properties[name] ?? { type: 'string' },
    }));
    let requestBody: unknown;
    if (route.upload) {
      requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: { file: { type: 'string', format: 'binary' } },
            },
          },
        },
      };
    } else if (inputSchema && route.method === 'GET') {
      for (const [name, schema] of Object.entries(properties)) {
        if (!pathParams.includes(name))
          parameters.push({ name, in: 'query', required: required.has(name), schema });
      }
    } else if (inputSchema && Object.keys(properties).some((name) => !pathParams.includes(name))) {
      const bodyProps = Object.fromEntries(
        Object.entries(properties).filter(([name]) => !pathParams.includes(name)),
      );
      requestBody = {
        required: true,
        content: {
          'application/json': {
            schema: {
              ...inputSchema,
              properties: bodyProps,
              required: [...required].filter((n) => !pathParams.includes(n)),
            },
          },
        },
      };
    }

    const success = {
      type: 'object',
      required: ['message'],
      properties: {
        message: { type: 'string', ...(typeof route.message === 'string' ? { example: route.message } : {}) },
        ...(output && !route.omitData ? { data: jsonSchema(output, 'output') } : {}),
      },
    };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.procedure,
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth === 'public' ? { security: [] } : {}),
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [String(route.status ?? 200)]: {
          description: 'Success',
          content: { 'application/json': { schema: success } },
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
  return {
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
  };
}
