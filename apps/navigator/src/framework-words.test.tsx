import { addSegment, defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { defaultTypology } from '@wayfinder/core/navigator';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useShownCoding, useShownTypology, withAddedStrategies } from './framework-words';

const spanish = ({ children }: { children: ReactNode }) => <WayfinderProvider locale="es">{children}</WayfinderProvider>;

describe('framework words shown in the reader’s language', () => {
  it('shows a stored coding scheme in Spanish and stores an edit with the scheme as it was stored', () => {
    const stored = emptyCoding(defaultScheme);
    const store = vi.fn();
    const { result } = renderHook(() => useShownCoding(stored, store), { wrapper: spanish });
    const [shown, setShown] = result.current;
    expect(shown.scheme.logics[0]!.label).toBe('Lógica de rendimiento');
    setShown(addSegment(shown, { id: 's1', respondent: 'T1', code: 'justice', pole: 'high', excerpt: 'Who is the system failing?', coder: 'Ana', source: '' }));
    const saved = store.mock.calls[0]![0];
    expect(saved.scheme).toBe(stored.scheme);
    expect(saved.segments).toHaveLength(1);
  });

  it('keeps only the strategies a team added when the picker changes the shown typology', () => {
    const { result } = renderHook(() => useShownTypology(defaultTypology), { wrapper: spanish });
    const shown = result.current;
    expect(shown.strategies[0]!.name).toBe('Codiseñar la innovación');
    const custom = { id: 'custom-1', approachId: 'policy', name: 'Unirse al consejo escolar', description: '', equityVariant: '', custom: true };
    const stored = withAddedStrategies(defaultTypology, { ...shown, strategies: [...shown.strategies, custom] });
    expect(stored.strategies.slice(0, -1)).toEqual(defaultTypology.strategies);
    expect(stored.strategies.at(-1)).toEqual(custom);
  });
});
