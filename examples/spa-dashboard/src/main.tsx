import { render } from 'preact';
import { App } from './app';
import './consentry';

render(<App />, document.getElementById('root')!);
