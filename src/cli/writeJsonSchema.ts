// npm run schema: writes data/backbone.schema.json from the zod schema, for people who bring their own data.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { datasetSchema } from '../data/schema';

const jsonSchema = {
  ...toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
  title: 'Backbone Explorer dataset',
  description: "The internet backbone: carriers, metros, PoPs, IXPs, landing points, submarine cables and terrestrial links.",
};
writeFileSync('data/backbone.schema.json', `${JSON.stringify(jsonSchema, null, 2)}\n`);
console.log('wrote data/backbone.schema.json');
