#!/usr/bin/env node
// The single AgentVault program. TypeScript sources run through tsx's loader.
import { register } from 'tsx/esm/api';
register();
await import('../src/main.ts');
