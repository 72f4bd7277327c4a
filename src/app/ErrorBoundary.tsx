import { Component, type ReactNode } from 'react';
import { format, messagesFor } from '../i18n/messages';
import { getState } from '../state/store';
import './error-boundary.css';

interface Props {
  children: ReactNode;
  name: string;
}

/** Keeps a crash in one panel from taking the rest of the page down, and says what happened. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      const template = messagesFor(getState().lang).errorBoundary;
      return (
        <div role="alert" className="alert" data-boundary={this.props.name}>
          <p>{format(template, { message: this.state.error.message })}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {messagesFor(getState().lang).retry}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
