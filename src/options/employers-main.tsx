import { render } from 'preact';
import '../ui/styles.css';
import './pages.css';
import { EmployersPage } from './employers/employers-page.tsx';

render(<EmployersPage />, document.getElementById('app')!);
