import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';
import type { ValidatorFactory } from '@fastify/ajv-compiler';

type ValidatorCompiler = ReturnType<ValidatorFactory>;
type Validator = ReturnType<ValidatorCompiler>;

/**
 * Fastify's schema compilers for this server. Validation is Fastify's own (ajv through @fastify/ajv-compiler,
 * with the server's ajv options), but each route's validator is compiled on the route's first request rather than
 * at start: loading ajv and compiling every route's schemas was a fifth of the start-up. Bodies are serialised with
 * JSON.stringify: response schemas document the API and are not used to shape the answers.
 */
export function schemaCompilers(): NonNullable<FastifyServerOptions['schemaController']> {
  let ajvCompiler: ValidatorFactory | undefined;
  const buildValidator: ValidatorFactory = (externalSchemas, options) => {
    let compiler: ValidatorCompiler | undefined;
    return (route) => {
      let validator: Validator | undefined;
      const validate = ((data: unknown) => {
        if (!validator) {
          ajvCompiler ??= (
            createRequire(import.meta.url)('@fastify/ajv-compiler') as () => ValidatorFactory
          )();
          compiler ??= ajvCompiler(externalSchemas, options);
          validator = compiler(route);
        }
        const result = validator(data);
        // Fastify reads the errors of a failed validation from the function it was given.
        validate.errors = (validator as { errors?: Validator['errors'] }).errors;
        return result;
      }) as Validator;
      return validate;
    };
  };
  return {
    compilersFactory: {
      buildValidator,
      buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
    },
  };
}
