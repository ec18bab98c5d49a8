import { useCallback, useEffect, useRef, useState } from 'react';
import { getChallenge, type ProofOfWork } from '../../../api/reporting.ts';
import { solveProofOfWork } from './proofOfWork.ts';

/**
 * Fetches a challenge and solves it, reporting progress (null when idle). A search still running
 * when the page goes away is stopped.
 */
export function useProofOfWork() {
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const prove = useCallback(async (): Promise<ProofOfWork> => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setProgress(0);
    try {
      const { challenge, difficulty } = await getChallenge();
      const nonce = await solveProofOfWork(challenge, difficulty, {
        signal: own.signal,
        onProgress: setProgress,
      });
      return { challenge, nonce };
    } finally {
      if (controller.current === own) setProgress(null);
    }
  }, []);

  return { prove, progress };
}
