/// <reference lib="webworker" />
// The failover engine off the main thread: a year's baseline costs tens of
// milliseconds, more than a frame, so it never runs where the map animates.
import { normalizeDataset } from '../data/normalize';
import { createScenarioEngine } from '../model/scenario';
import type { ScenarioEngine } from '../model/scenario';
import { answerQuestion } from './engineClient';
import type { EngineRequest, EngineResponse } from './protocol';

let engine: ScenarioEngine | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;

function answer(request: EngineRequest): unknown {
  if (request.type === 'init') {
    // The dataset was validated on the main thread before it was sent.
    engine = createScenarioEngine(normalizeDataset(request.dataset));
    return null;
  }
  if (!engine) throw new Error('the engine has no dataset yet');
  return answerQuestion(engine, request);
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let response: EngineResponse;
  try {
    response = { id: request.id, ok: true, result: answer(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
