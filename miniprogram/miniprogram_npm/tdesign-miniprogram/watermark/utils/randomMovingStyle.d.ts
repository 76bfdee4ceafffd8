export default function randomMovingStyle(): {
    left0: string;
    left25: string;
    left50: string;
    left75: string;
    top0: string;
    top25: string;
    top50: string;
    top75: string;
};
