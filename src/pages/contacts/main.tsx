import { render } from 'preact';
import '../../ui/styles.css';
import '../../ui/pages.css';
import { ContactsPage } from './contacts-page.tsx';

render(<ContactsPage />, document.getElementById('app')!);
