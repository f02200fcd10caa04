// Its own entry in index.html, ahead of the app's: see app/early-answers.ts.
import { askEarly, firstQueriesAt } from './app/early-answers';

firstQueriesAt(window.location.pathname).forEach(askEarly);
