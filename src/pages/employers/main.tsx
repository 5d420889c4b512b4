import { render } from 'preact';
import '../../ui/styles.css';
import '../../ui/pages.css';
import { EmployersPage } from './employers-page.tsx';

render(<EmployersPage />, document.getElementById('app')!);
