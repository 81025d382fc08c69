/**
 * @license
 * Copyright 2021 Google LLC
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * BudouX's phrase parser (npm `budoux` 0.9.2, `javascript/src/parser.ts` of google/budoux), typed for this
 * project; its models are `ja.json` and `zh-hant.json` beside it. See README.md here for why it is vendored.
 */

/** A BudouX model: feature groups (`UW1`…`TW4`) mapping character n-grams to scores. */
export type Model = Record<string, Record<string, number>>;

/** Finds phrase boundaries with a BudouX model. */
export class Parser {
  private readonly groups: Map<string, Map<string, number>>;
  private readonly baseScore: number;

  constructor(model: Model) {
    this.groups = new Map(Object.entries(model).map(([k, v]) => [k, new Map(Object.entries(v))]));
    const total = [...this.groups.values()].flatMap((g) => [...g.values()]).reduce((a, b) => a + b, 0);
    this.baseScore = -0.5 * total;
  }

  /** Returns the indices (UTF-16) of `sentence` before which a new phrase starts. */
  parseBoundaries(sentence: string): number[] {
    const result: number[] = [];
    const g = (name: string) => this.groups.get(name);
    // The n-grams around each position, in BudouX's order: unigrams, bigrams and trigrams (start, end).
    const features: [Map<string, number> | undefined, number, number][] = [
      [g('UW1'), -3, -2],
      [g('UW2'), -2, -1],
      [g('UW3'), -1, 0],
      [g('UW4'), 0, 1],
      [g('UW5'), 1, 2],
      [g('UW6'), 2, 3],
      [g('BW1'), -2, 0],
      [g('BW2'), -1, 1],
      [g('BW3'), 0, 2],
      [g('TW1'), -3, 0],
      [g('TW2'), -2, 1],
      [g('TW3'), -1, 2],
      [g('TW4'), 0, 3],
    ];
    for (let i = 1; i < sentence.length; i++) {
      let score = this.baseScore;
      // `substring` clamps negative starts to 0, as the original does.
      for (const [group, from, to] of features) score += group?.get(sentence.substring(i + from, i + to)) ?? 0;
      if (score > 0) result.push(i);
    }
    return result;
  }
}
