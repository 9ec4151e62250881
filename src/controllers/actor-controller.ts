/**
 * Owns an XState actor's lifecycle for a Lit host: starts it, re-renders the host on every new
 * snapshot, stops it when the host leaves the DOM and, when the host comes back (a framework
 * moving the element), resumes from the persisted snapshot instead of starting over. A stopped
 * XState actor cannot be restarted, so a fresh one is created from that snapshot.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type AnyActorLogic, type EventFromLogic, type InputFrom, type Snapshot, type SnapshotFrom } from 'xstate';

export class ActorController<TMachine extends AnyActorLogic> implements ReactiveController {
  snapshot: SnapshotFrom<TMachine> | undefined;
  private actor: Actor<TMachine> | undefined;
  private unsubscribe: (() => void) | undefined;
  private machine: TMachine | undefined;
  private input: InputFrom<TMachine> | undefined;
  private parked: Snapshot<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A fresh actor on `machine`, then `events` replayed (e.g. restored answers). */
  start(machine: TMachine, input: InputFrom<TMachine>, events: readonly EventFromLogic<TMachine>[] = []): void {
    this.stop();
    this.machine = machine;
    this.input = input;
    this.run(createActor(machine, { input } as never));
    for (const event of events) this.actor!.send(event);
  }

  send(event: EventFromLogic<TMachine>): void {
    this.actor?.send(event);
  }

  hostConnected(): void {
    if (!this.actor && this.machine && this.parked) {
      const snapshot = this.parked;
      this.parked = undefined;
      this.run(createActor(this.machine, { input: this.input, snapshot } as never));
    }
  }

  hostDisconnected(): void {
    if (!this.actor) return;
    const parked = this.actor.getPersistedSnapshot();
    this.stop();
    this.parked = parked;
  }

  private run(actor: Actor<TMachine>): void {
    this.actor = actor;
    const subscription = actor.subscribe({
      next: (snapshot) => {
        if (snapshot === this.snapshot) return;
        this.snapshot = snapshot;
        this.host.requestUpdate();
      },
      error: () => this.host.requestUpdate(),
    });
    this.unsubscribe = () => subscription.unsubscribe();
    actor.start();
    this.snapshot = actor.getSnapshot();
    this.host.requestUpdate();
  }

  /** Stops the actor and forgets it (the host shows something else, such as an error panel). */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.actor?.stop();
    this.actor = undefined;
    this.snapshot = undefined;
    this.parked = undefined;
  }
}
